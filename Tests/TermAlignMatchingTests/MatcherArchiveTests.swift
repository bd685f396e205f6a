import Foundation
import Testing
import TermAlignGlossary
@testable import TermAlignMatching
@_spi(Engine) import TermAlignText

/// A compiled glossary read back from the start-up cache's byte layout finds exactly what the
/// compiled one finds, and a cut archive is refused.
struct MatcherArchiveTests {
    static func archived(_ matcher: TermMatcher) -> [UInt8] {
        var out = BinaryArchiveWriter()
        matcher.archive(into: &out)
        return out.bytes
    }

    static func read(_ bytes: [UInt8]) throws -> TermMatcher {
        try bytes.withUnsafeBytes { raw in
            var input = BinaryArchiveReader(raw)
            return try TermMatcher(archive: &input, analyzer: Fixtures.analyzer, options: MatchingOptions())
        }
    }

    @Test(arguments: ["ru", "zh", "en"])
    func theReadBackMatcherFindsWhatTheCompiledOneFinds(_ language: String) throws {
        let matcher = try Self.read(Self.archived(Fixtures.matcher))
        #expect(matcher.glossary == Fixtures.matcher.glossary && matcher.skippedTerms == Fixtures.matcher.skippedTerms)
        #expect(matcher.termCount == Fixtures.matcher.termCount && matcher.automatonStateCount == Fixtures.matcher.automatonStateCount)
        for file in ["statement", "statement-2022"] {
            let path = Fixtures.root.appendingPathComponent("Examples/sample/\(file).\(language).txt").path
            let document = try Document.load(path: path, language: Language(rawValue: language)!)
            let expected = try Fixtures.matcher.occurrences(in: document)
            #expect(!expected.isEmpty)
            #expect(try matcher.occurrences(in: document) == expected)
        }
    }

    @Test func reorderedAndCaseSensitiveTermsSurviveTheArchive() throws {
        let texts = [("Стороны обсудили СВО и операцию военную специальную.", Language.ru),
                     ("The sides discussed the crisis Ukraine and the Ukraine crisis.", .en)]
        let matcher = try Self.read(Self.archived(Fixtures.matcher))
        for (text, language) in texts {
            let document = Document(text: text, id: "t", language: language)
            #expect(try matcher.occurrences(in: document) == Fixtures.matcher.occurrences(in: document))
        }
    }

    @Test func aCutArchiveIsRefused() {
        let bytes = Self.archived(Fixtures.matcher)
        for length in [0, 1, bytes.count / 3, bytes.count / 2, bytes.count - 1] {
            #expect(throws: BinaryArchiveReader.Damaged.self) { try Self.read(Array(bytes[..<length])) }
        }
    }

    /// The cache's checksum keeps damaged files out; the reader's own checks are the second line:
    /// flipped bytes are refused or read, never a crash or a loop.
    @Test func flippedBytesAreRefusedOrRead() {
        let bytes = Self.archived(Fixtures.matcher)
        for position in stride(from: 0, to: bytes.count, by: bytes.count / 400) {
            var damaged = bytes
            damaged[position] ^= 0x5A
            _ = try? Self.read(damaged)
        }
    }
}
