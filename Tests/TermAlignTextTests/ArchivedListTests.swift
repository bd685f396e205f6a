import Foundation
import Testing
@testable import TermAlignText

/// Lists left in an archive's bytes come back element by element, equal to what was written,
/// whether their bytes are kept by a mapped file or copied; a list whose table of offsets is out of
/// order or cut is refused when read, before any element is decoded.
struct ArchivedListTests {
    static let words = ["", "мир", "многополярный мир", "community with a shared future", String(repeating: "я", count: 300)]

    static func archived(_ words: [String], then trailer: Int = 7) -> [UInt8] {
        var out = BinaryArchiveWriter()
        out.list(words) { $1.string($0) }
        out.integer(trailer)
        return out.bytes
    }

    static func read(_ bytes: UnsafeRawBufferPointer, keeping keeper: AnyObject? = nil) throws -> (ArchivedList<String>, Int) {
        var input = keeper.map { BinaryArchiveReader(bytes, keeping: $0) } ?? BinaryArchiveReader(bytes)
        let list = try input.list { (input) throws(BinaryArchiveReader.Damaged) in try input.string() }
        let trailer = try input.integer()
        guard input.isAtEnd else { throw BinaryArchiveReader.Damaged() }
        return (list, trailer)
    }

    @Test func aCopiedListOutlivesItsBytes() throws {
        let (list, trailer) = try Self.archived(Self.words).withUnsafeBytes { try Self.read($0) }
        #expect(trailer == 7, "the reader goes on after the list")
        #expect((0..<list.count).map { list[$0] } == Self.words)
        #expect(list[2] == Self.words[2], "asked again: the decoded element")
    }

    @Test func aMappedListReadsFromTheFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("archived-list-\(getpid())").path
        defer { unlink(path) }
        try Data(Self.archived(Self.words)).write(to: URL(fileURLWithPath: path))
        let list = try #require(MappedFile(path: path).map { file in try Self.read(file.bytes, keeping: file).0 })
        // The list holds the mapping; pages given back are read again from the file.
        #expect((0..<list.count).map { list[$0] } == Self.words)
    }

    @Test func anEmptyListIsRead() throws {
        let (list, _) = try Self.archived([]).withUnsafeBytes { try Self.read($0) }
        #expect(list.count == 0)
    }

    @Test func offsetsOutOfOrderOrCutAreRefused() {
        let bytes = Self.archived(Self.words)
        let offsets = bytes.count - 1 - 8 * (Self.words.count + 1)
        var swapped = bytes
        swapped[offsets + 16] = 0xFF // the second element's start, far past the list's bytes
        var unordered = bytes
        unordered[offsets + 8] = UInt8(bytes[offsets + 16] &+ 1) // the first ends after the second
        for damaged in [swapped, unordered] + (1..<bytes.count).map({ Array(bytes[..<$0]) }) {
            #expect(throws: BinaryArchiveReader.Damaged.self) { try damaged.withUnsafeBytes { try Self.read($0) } }
        }
    }
}
