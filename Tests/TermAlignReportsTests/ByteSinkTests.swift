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

    /// A fresh folder holding `report.json` with "old".
    static func folderWithReport() throws -> (folder: String, report: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("termalign-sink-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let report = folder + "/report.json"
        try Data("old".utf8).write(to: URL(fileURLWithPath: report))
        chmod(report, 0o640)
        return (folder, report)
    }

    @Test func aReplacedFileAppearsWholeOnCommitWithItsMode() throws {
        let (folder, report) = try Self.folderWithReport()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sink = try ByteSink.file(replacing: report)
        let piece = [UInt8](repeating: 0x61, count: 3_000_000)
        sink.write(bytes: piece)
        // Past the first block, bytes are on disk, but not under the report's name.
        #expect(try String(contentsOfFile: report, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == 2)
        sink.commit()
        #expect(sink.failure == nil)
        #expect(try Data(contentsOf: URL(fileURLWithPath: report)) == Data(piece))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["report.json"])
        let mode = try FileManager.default.attributesOfItem(atPath: report)[.posixPermissions] as? Int
        #expect(mode == 0o640)
    }

    @Test func aSinkNeverCommittedLeavesTheOldFileAndNoTrace() throws {
        let (folder, report) = try Self.folderWithReport()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            let sink = try ByteSink.file(replacing: report)
            sink.write(bytes: [UInt8](repeating: 0x62, count: 2_500_000))
        }
        #expect(try String(contentsOfFile: report, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["report.json"])
    }

    @Test func aLinkStaysALinkAndItsFileIsReplaced() throws {
        let (folder, report) = try Self.folderWithReport()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let link = folder + "/latest.json"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "report.json")
        let sink = try ByteSink.file(replacing: link)
        sink.write("new")
        sink.commit()
        #expect(sink.failure == nil && sink.name == link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "report.json")
        #expect(try String(contentsOfFile: report, encoding: .utf8) == "new")
    }

    @Test func devicesAreWrittenDirectlyAndMissingFoldersRefused() throws {
        try #require(FileManager.default.fileExists(atPath: "/dev/full"), "needs /dev/full")
        let full = try ByteSink.file(replacing: "/dev/full")
        full.write("a report")
        full.commit()
        #expect(full.failure != nil)
        #expect(throws: ByteSink.OpenFailure.self) { try ByteSink.file(replacing: "/nonexistent-folder-\(UUID().uuidString)/r.json") }
    }
}
