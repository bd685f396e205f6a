import Foundation
import Testing
import TermAlignReports
import TermAlignText

/// The one sink every report writes into: memory that grows, or a file descriptor written in blocks.
@Suite("Byte sink")
struct ByteSinkTests {
    /// Pieces of every size, some larger than the sink's first block, in a reproducible order.
    static func pieces() -> [[UInt8]] {
        var generator = SplitMix64(seed: 7)
        return (0..<400).map { index in
            let count = index % 97 == 0 ? 300_000 + index : Int(generator.next() % 5_000)
            return (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ index) }
        }
    }

    @Test func memoryKeepsEveryByteInOrder() {
        let sink = ByteSink()
        var expected: [UInt8] = []
        for (index, piece) in Self.pieces().enumerated() {
            switch index % 4 {
            case 0: sink.write(bytes: piece)
            case 1: sink.write(bytes: piece[...])
            case 2: piece.forEach(sink.write(byte:))
            default: sink.write(String(decoding: piece.map { $0 & 0x7F }, as: UTF8.self))
            }
            expected += index % 4 == 3 ? piece.map { $0 & 0x7F } : piece
        }
        #expect(sink.bytes == expected)
        #expect(sink.failure == nil)
        let copy = ByteSink()
        copy.write("head:")
        copy.write(contentsOf: sink)
        #expect(copy.bytes == Array("head:".utf8) + expected)
    }

    @Test func aFileReceivesEveryBlockOnFlush() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("termalign-sink-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        try #require(descriptor >= 0)
        var expected: [UInt8] = []
        do {
            let sink = ByteSink(descriptor: descriptor, closesIt: true, name: path)
            for piece in Self.pieces() {
                sink.write(bytes: piece)
                expected += piece
            }
            sink.flush()
            #expect(sink.failure == nil)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(expected))
    }

    @Test func aFailedWriteIsKeptNotDropped() throws {
        let descriptor = open("/dev/full", O_WRONLY)
        try #require(descriptor >= 0, "needs /dev/full")
        let sink = ByteSink(descriptor: descriptor, closesIt: true, name: "/dev/full")
        sink.write("a report")
        #expect(sink.failure == nil)
        sink.flush()
        #expect(sink.failure?.isEmpty == false)
        #expect(sink.name == "/dev/full")
    }
}
