#if canImport(Glibc)
import Glibc
#endif
import TermAlignText

/// Keeps compiled glossaries in the ``/TermAlignText/StartupCache``: a glossary file's bytes read once
/// more are the same compiled matcher, read back without parsing or compiling (a 100,000-concept
/// glossary takes seconds to compile and a fraction of a second to read back).
///
/// The file is named by the glossary's bytes and keyed by everything else compiling depends on: the
/// archive's layout, ICU's version, the executable, the Hunspell dictionaries (folder, sizes and
/// times) and how the caller reads the bytes (`variant`: the format the file's name gives, say).
package enum MatcherCache {
    /// Compiled glossaries kept at once; the least recently written go first.
    static let kept = 8

    /// The matcher of a glossary file's bytes, and what reading them warned about: from the cache
    /// when it holds them, else from `compile`, whose result is kept when it says so (a glossary
    /// whose encoding was guessed is not: the guess is said on every run).
    package static func matcher(glossaryBytes: [UInt8], variant: String, options: MatchingOptions,
                                compile: () throws -> (matcher: TermMatcher, warnings: [String], keep: Bool))
        throws -> (matcher: TermMatcher, warnings: [String]) {
        guard StartupCache.directory != nil, let identity = StartupCache.executableIdentity else {
            let compiled = try compile()
            return (compiled.matcher, compiled.warnings)
        }
        let fingerprint = glossaryBytes.withUnsafeBytes(StartupCache.fingerprint)
        let name = "glossary-" + String(fingerprint, radix: 16)
        let key = "compiled glossary 1; ICU \(StartupCache.icuVersion); build \(identity); "
            + "dictionaries \(dictionaries()); bytes \(glossaryBytes.count); \(variant)"
        let analyzer = try TextAnalyzer()
        let kept = StartupCache.withMappedPayload(name, key: key) { payload -> (TermMatcher, [String])? in
            var input = BinaryArchiveReader(payload)
            guard let warnings = try? input.strings(),
                  let matcher = try? TermMatcher(archive: &input, analyzer: analyzer, options: options) else { return nil }
            return (matcher, warnings)
        }
        if let kept = kept ?? nil { return kept }
        let compiled = try compile()
        if compiled.keep {
            var out = BinaryArchiveWriter()
            out.strings(compiled.warnings)
            compiled.matcher.archive(into: &out)
            out.bytes.withUnsafeBufferPointer { StartupCache.write(name, key: key, payload: $0) }
            StartupCache.prune(prefix: "glossary-", keeping: Self.kept)
        }
        return (compiled.matcher, compiled.warnings)
    }

    /// The dictionaries lemma keys come from, as the key names them.
    private static func dictionaries() -> String {
        let folder = Lemmatizer.defaultDictionaryDirectory
        let files = ["ru_RU.aff", "ru_RU.dic", "en_US.aff", "en_US.dic"].map { (file: String) -> String in
            var status = stat()
            guard stat("\(folder)/\(file)", &status) == 0 else { return "\(file) missing" }
            return "\(file) \(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
        }
        return ([folder] + files).joined(separator: ", ")
    }
}
