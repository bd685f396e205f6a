import ArgumentParser
import CTermAlignSystem
import TermAlignGlossary
import TermAlignMatching
import TermAlignText

/// `--glossary G`: a glossary file, or the shipped China–Russia glossary when omitted.
package struct GlossaryOption: ParsableArguments {
    @Option(name: .long, help: "The glossary (.yaml, .tbx, .csv, .tsv). Default: the shipped China–Russia glossary.")
    package var glossary: String?

    @Option(name: .long, help: "The glossary file's encoding when it is not UTF-8 (windows-1251 …). Default: UTF-8, else detected.")
    package var glossaryEncoding: String?

    package init() {}

    /// Reads the glossary and reports what its reader skipped.
    package func load() throws -> LoadedGlossary { try Self.load(path: glossary, encoding: glossaryEncoding) }

    /// Reads the glossary at `path` (the shipped one for nil) and reports what its reader skipped.
    package static func load(path: String?, encoding: String? = nil) throws -> LoadedGlossary {
        guard let glossary = path else { return try ShippedGlossary.load() }
        let loaded = try GlossaryFile.load(path: glossary, encoding: encoding, option: "--glossary-encoding")
        // A reader frees what it built on the way (the file's bytes, YAML's node arrays of about
        // four times the file's size); without this the freed pages stay counted against the
        // process through the comparison.
        _ = ta_malloc_trim()
        for warning in loaded.warnings { Console.error("termalign: \(warning)") }
        return loaded
    }

    /// The glossary compiled for matching: read back from the start-up cache when it holds these
    /// bytes compiled, else read, compiled and kept there. What its reader skipped is reported either way.
    package func matcher(options: MatchingOptions = MatchingOptions()) throws -> TermMatcher {
        try Self.matcher(path: glossary, encoding: glossaryEncoding, options: options)
    }

    /// The glossary at `path` (the shipped one for nil) compiled, through the start-up cache.
    package static func matcher(path: String?, encoding: String? = nil, options: MatchingOptions = MatchingOptions()) throws -> TermMatcher {
        let variant = "read as \(path.flatMap { GlossaryFormat(path: $0)?.rawValue } ?? "sniffed"), encoding \(encoding ?? "UTF-8")"
        // A file is mapped, not read, to be named in the cache: a large termbase's bytes are tens of
        // megabytes that a warm run only hashes. Standard input and what cannot be mapped are read.
        let mapped = path.flatMap { $0 == "-" ? nil : MappedFile(path: $0) }.flatMap { $0.bytes.count <= Glossary.maximumFileSize ? $0 : nil }
        let read = try mapped == nil ? path.map { try GlossaryFile.read(path: $0) } ?? ShippedGlossary.bytes : []
        let compiled = { (bytes: UnsafeRawBufferPointer, fingerprint: UInt64) in
            try MatcherCache.matcher(glossaryFingerprint: fingerprint, byteCount: bytes.count, variant: variant, options: options) { analyzer in
                let (loaded, converted) = try path.map { try GlossaryFile.parse(Array(bytes), path: $0, encoding: encoding, option: "--glossary-encoding") }
                    ?? (try ShippedGlossary.load(), false)
                _ = ta_malloc_trim()
                return (try TermMatcher(glossary: loaded.glossary, analyzer: analyzer, options: options),
                        loaded.warnings.map(\.description), !converted)
            }
        }
        let (matcher, warnings) = try mapped.map { try compiled($0.bytes, StartupCache.fingerprint($0)) }
            ?? read.withUnsafeBytes { try compiled($0, StartupCache.fingerprint($0)) }
        for warning in warnings { Console.error("termalign: \(warning)") }
        ProcessLifetime.keep(matcher)
        return matcher
    }

    /// The name reports give the glossary.
    package var name: String { glossary ?? ShippedGlossary.fileName }
}
