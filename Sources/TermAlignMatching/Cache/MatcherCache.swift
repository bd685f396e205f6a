import TermAlignGlossary
import TermAlignText

/// Keeps compiled glossaries in the ``/TermAlignText/StartupCache``: a glossary file's bytes read once
/// more are the same compiled matcher, read back without parsing or compiling (a 100,000-concept
/// glossary takes seconds to compile and a fraction of a second to read back).
///
/// The file is named by the glossary's bytes and keyed by everything else compiling depends on: the
/// archive's layout, ICU's version, the executable, the analyzer's configuration (normalization,
/// lemma strategy, the Hunspell files with their sizes and times) and how the caller reads the bytes
/// (`variant`: the format the file's name gives, say).
package enum MatcherCache {
    /// Compiled glossaries kept at once; the least recently written go first.
    static let kept = 8

    /// The matcher of a glossary file's bytes (named by their count and `StartupCache.fingerprint`)
    /// with the default analyzer, and what reading them warned about: from the cache when it holds
    /// them, else from `compile` (given the analyzer), whose result is kept when it says so (a
    /// glossary whose encoding was guessed is not: the guess is said on every run).
    package static func matcher(glossaryFingerprint: UInt64, byteCount: Int, variant: String, options: MatchingOptions,
                                compile: (TextAnalyzer) throws -> (matcher: TermMatcher, warnings: [String], keep: Bool))
        throws -> (matcher: TermMatcher, warnings: [String]) {
        let analyzer = try TextAnalyzer()
        let name = "glossary-" + String(glossaryFingerprint, radix: 16)
        let key = "compiled glossary 2; analyzer \(analyzer.configuration); bytes \(byteCount); \(variant)"
        var written = false
        let compiled = try StartupCache.cached(name, key: key, read: { (input) throws(BinaryArchiveReader.Damaged) in
            (warnings: try input.strings(), matcher: try TermMatcher(archive: &input, analyzer: analyzer, options: options))
        }, write: { compiled, out in
            out.strings(compiled.warnings)
            compiled.matcher.archive(into: &out)
            written = true
        }, make: {
            let compiled = try compile(analyzer)
            return ((compiled.warnings, compiled.matcher), compiled.keep)
        })
        if written { StartupCache.prune(prefix: "glossary-", keeping: Self.kept) }
        return (compiled.matcher, compiled.warnings)
    }

    /// A glossary built into the executable (the names of the sides, say) compiled with `analyzer`,
    /// through the cache like a glossary file: `name` tells it from the others.
    package static func builtIn(_ glossary: Glossary, name: String, analyzer: TextAnalyzer,
                                options: MatchingOptions = MatchingOptions()) throws(TextError) -> TermMatcher {
        try StartupCache.cached("builtin-\(name)", key: "built-in glossary 2 \(name); analyzer \(analyzer.configuration)",
                                read: { (input) throws(BinaryArchiveReader.Damaged) in
                                    try TermMatcher(archive: &input, analyzer: analyzer, options: options) },
                                write: { $0.archive(into: &$1) },
                                make: { () throws(TextError) in (try TermMatcher(glossary: glossary, analyzer: analyzer, options: options), true) })
    }
}
