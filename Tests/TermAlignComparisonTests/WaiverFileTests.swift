import Foundation
import Testing
import TermAlignComparison

/// The waiver file: read with every field, refused with the line of the fault, and appended to
/// without losing its comments; any reason survives the round trip.
struct WaiverFileTests {
    static func parse(_ text: String) throws(WaiverError) -> [Waiver] {
        try WaiverFile.parse(Array(text.utf8), file: "w.yaml")
    }

    @Test func entriesAreReadWithTheirPlaces() throws {
        let waivers = try Self.parse("""
            # accepted
            waivers:
              - fingerprint: 0123456789abcdef
                reason: the ministry's usage
                by: A. Reviser
                date: 2026-12-06
              - fingerprint: fedcba9876543210-2
                reason: "quoted: yes"
            """)
        #expect(waivers.map(\.fingerprint) == ["0123456789abcdef", "fedcba9876543210-2"])
        #expect(waivers[0].author == "A. Reviser" && waivers[0].date == "2026-12-06" && waivers[0].location?.line == 3)
        #expect(waivers[1].reason == "quoted: yes" && waivers[1].author == nil)
        #expect(try Self.parse("").isEmpty && Self.parse("waivers:\n").isEmpty)
    }

    @Test(arguments: [
        ("waivers:\n  - reason: x\n", 2, "needs a fingerprint"),
        ("waivers:\n  - fingerprint: 0123456789ABCDEF\n    reason: x\n", 2, "not a fingerprint"),
        ("waivers:\n  - fingerprint: 0123456789abcdef-1\n    reason: x\n", 2, "not a fingerprint"),
        ("waivers:\n  - fingerprint: 0123456789abcdef\n", 2, "needs a reason"),
        ("waivers:\n  - fingerprint: 0123456789abcdef\n    reason: x\n    colour: red\n", 4, "colour"),
        ("waivers:\n  - fingerprint: 0123456789abcdef\n    reason: x\n  - fingerprint: 0123456789abcdef\n    reason: y\n", 4, "twice"),
        ("waivers: [\n", 2, "YAML"),
        ("ignore: []\n", 1, "ignore"),
    ])
    func faultsAreRefusedAtTheirLine(_ text: String, line: Int, says: String) {
        do {
            _ = try Self.parse(text)
            Issue.record("accepted: \(text)")
        } catch {
            #expect(error.location?.line == line, "\(error)")
            #expect(error.message.contains(says), "\(error)")
        }
    }

    @Test func appendingKeepsCommentsAndAnyReasonReadsBack() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("waivers-\(getpid()).yaml").path
        defer { unlink(path) }
        try "# our decisions\nwaivers:\n  - fingerprint: 0123456789abcdef\n    reason: first\n".write(toFile: path, atomically: true, encoding: .utf8)
        let reason = "quotes \" and \\ backslashes,\nlines, tabs\t, «ёлки» 特别军事行动, \u{2028}"
        try WaiverFile.append(Waiver(fingerprint: "fedcba9876543210", reason: reason, author: "R: X"), toFileAt: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("# our decisions\n"))
        let waivers = try WaiverFile.read(path: path)
        #expect(waivers.map(\.fingerprint) == ["0123456789abcdef", "fedcba9876543210"])
        #expect(waivers[1].reason == reason.trimmingCharacters(in: .whitespacesAndNewlines) && waivers[1].author == "R: X")
        #expect(throws: WaiverError.self) { try WaiverFile.append(Waiver(fingerprint: "fedcba9876543210", reason: "again"), toFileAt: path) }
        // A control character could not be read back: refused, the file left as it was.
        #expect(throws: WaiverError.self) { try WaiverFile.append(Waiver(fingerprint: "1111111111111111", reason: "bell \u{7}"), toFileAt: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }

    @Test func aFlowStyleFileIsWrittenAnew() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("waivers-flow-\(getpid()).yaml").path
        defer { unlink(path) }
        try "waivers: [{fingerprint: 0123456789abcdef, reason: first}]\n".write(toFile: path, atomically: true, encoding: .utf8)
        try WaiverFile.append(Waiver(fingerprint: "fedcba9876543210", reason: "second"), toFileAt: path)
        #expect(try WaiverFile.read(path: path).map(\.reason) == ["first", "second"])
        let fresh = path + ".new"
        defer { unlink(fresh) }
        try WaiverFile.append(Waiver(fingerprint: "fedcba9876543210", reason: "created"), toFileAt: fresh)
        #expect(try WaiverFile.read(path: fresh).map(\.reason) == ["created"])
    }
}
