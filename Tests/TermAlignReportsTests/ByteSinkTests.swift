import Foundation
import PropertyBased
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

    /// Where no file can be made beside the destination (here: its name leaves no room for the
    /// temporary name's prefix and suffix; without root, also a folder without write permission),
    /// opening fails and the destination is not touched: writing it in place would lose the old
    /// report to a run cut short.
    @Test func noFileBesideTheDestinationIsAnErrorNotATruncation() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("termalign-sink-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let report = folder + "/" + String(repeating: "r", count: 250)
        try Data("old".utf8).write(to: URL(fileURLWithPath: report))
        #expect {
            _ = try ByteSink.file(replacing: report)
        } throws: { error in
            (error as? ByteSink.OpenFailure)?.reason.contains("no new file can be made in \(folder)") == true
        }
        #expect(try String(contentsOfFile: report, encoding: .utf8) == "old")
    }

    @Test(.enabled(if: getuid() != 0, "root may write into any folder"))
    func aFolderWithoutWritePermissionIsAnError() throws {
        let (folder, report) = try Self.folderWithReport()
        chmod(report, 0o666)
        chmod(folder, 0o555)
        defer {
            chmod(folder, 0o755)
            try? FileManager.default.removeItem(atPath: folder)
        }
        #expect(throws: ByteSink.OpenFailure.self) { try ByteSink.file(replacing: report) }
        #expect(try String(contentsOfFile: report, encoding: .utf8) == "old")
    }

    @Test func aFolderIsNotAFileToWrite() {
        #expect {
            _ = try ByteSink.file(replacing: FileManager.default.temporaryDirectory.path)
        } throws: { error in
            (error as? ByteSink.OpenFailure)?.reason.contains("folder") == true
        }
    }

    /// Text for people quotes documents as they are; no byte of theirs may act on the terminal.
    @Test func controlCharactersAreShownNotSent() {
        let sink = ByteSink()
        sink.showsControlCharacters = true
        let hostile = "a\u{1B}]52;c;cm0gLXJmIH4=\u{07}b\u{1B}[2Jc\r\u{9B}31md\u{7F}\u{0}е\t中\n"
        sink.write(hostile)
        // A stray continuation byte, NEL (a C1 control), a character cut short: one U+FFFD each.
        sink.write(bytes: [0x9B, 0x41, 0xC2, 0x85, 0xE4, 0xB8, 0x0A])
        for byte: UInt8 in [0x1B, 0x07, 0x0D] { sink.write(byte: byte) }
        sink.write(terminalSequence: "\u{1B}[1m")
        let expected = "a␛]52;c;cm0gLXJmIH4=␇b␛[2Jc␍\u{FFFD}31md␡␀е\t中\n" + "\u{FFFD}A\u{FFFD}\u{FFFD}\n" + "␛␇␍" + "\u{1B}[1m"
        #expect(sink.string == expected)
    }

    static let anyBytes = Gen.element(of: [0x00, 0x07, 0x09, 0x0A, 0x0D, 0x1B, 0x41, 0x7F, 0x80, 0x9B, 0xC2, 0xD0, 0xB6,
                                           0xE4, 0xB8, 0xAD, 0xF0, 0x9F, 0xFF] as [UInt8]).compactMap { $0 }.array(of: 0...40)

    /// Whatever the bytes: the output is UTF-8 with no C0 control but tab and line feed, no DEL and
    /// no C1 control; and text without any of those passes byte for byte.
    @Test func anyBytesComeOutHarmless() async {
        await propertyCheck(count: 500, input: Self.anyBytes) { bytes in
            let sink = ByteSink()
            sink.showsControlCharacters = true
            sink.write(bytes: bytes)
            let output = sink.bytes
            let text = String(validating: output, as: UTF8.self)
            #expect(text != nil, "\(bytes)")
            let scalars = text?.unicodeScalars.map(\.value) ?? []
            #expect(!scalars.contains { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A) || (0x7F...0x9F).contains($0) }, "\(bytes)")
            if let original = String(validating: bytes, as: UTF8.self),
               !original.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\t" && $0 != "\n") || (0x7F...0x9F).contains($0.value) }) {
                #expect(output == bytes)
            }
        }
    }
}
