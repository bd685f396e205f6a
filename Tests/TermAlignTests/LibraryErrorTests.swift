import Foundation
import Testing
import TermAlign

/// What a program that imports the umbrella library gets of its errors through Foundation.
struct LibraryErrorTests {
    @Test func localizedDescriptionIsTheLibrarysMessage() throws {
        let bytes: [UInt8] = Array("ab".utf8) + [0xFF] + Array("cd".utf8)
        do {
            _ = try Document(bytes: bytes, id: "sample.txt", language: .en)
            Issue.record("ill-formed UTF-8 was accepted")
        } catch {
            let described = (error as Error).localizedDescription
            #expect(described == "\(error)")
            #expect(described.hasPrefix("sample.txt:1:3: invalid UTF-8 at byte offset 2"))
            #expect(!described.contains("--"), "the library speaks of its API, not of the tool's options")
        }
    }

    @Test func aGlossaryErrorNamesItsFileLineAndColumn() throws {
        let yaml = "concepts:\n  - id: x\n    terms: [unclosed\n"
        do {
            _ = try Glossary.load(bytes: Array(yaml.utf8), file: "broken.yaml", format: .yaml)
            Issue.record("a broken YAML glossary was accepted")
        } catch {
            let described = (error as Error).localizedDescription
            #expect(described.hasPrefix("broken.yaml:"), "\(described)")
            #expect(described == "\(error)")
        }
    }

    @Test func aWaiverFileErrorNamesItsLine() throws {
        do {
            _ = try WaiverFile.parse(Array("waivers:\n  - fingerprint: 0123456789abcdef\n".utf8), file: "w.yaml")
            Issue.record("a waiver without a reason was accepted")
        } catch {
            let described = (error as Error).localizedDescription
            #expect(described.hasPrefix("w.yaml:2:") && described == "\(error)", "\(described)")
        }
    }
}
