import Foundation
import Testing

/// What a hostile or careless user gives the tool: terminal escapes in a document, NUL bytes, an
/// output that names an input, an interrupted run, values that mean nothing.
@Suite("Hostile and careless input")
struct HostileInputCLITests {
    static let sample = FindCLITests.sample

    /// A Russian and an English version whose text carries an OSC 52 clipboard write, a clear-screen
    /// CSI, a C1 CSI (U+009B), a bell and a carriage return, around the glossary's terms.
    static func hostileVersions() throws -> [String] {
        let escapes = "\u{1B}]52;c;cm0gLXJmIH4=\u{07}\u{1B}[2J\u{9B}31m\r"
        let russian = "Стороны \(escapes)выступают против расширения НАТО.\nСтороны поддерживают многополярный мир."
        let english = "The sides \(escapes)oppose the expansion of NATO.\nThe sides support a multipolar world."
        return [try CLI.temporaryFile(Array(russian.utf8), suffix: ".ru.txt"),
                try CLI.temporaryFile(Array(english.utf8), suffix: ".en.txt")]
    }

    static func isHarmless(_ output: Data) -> Bool {
        let text = String(decoding: output, as: UTF8.self)
        return !text.unicodeScalars.contains { scalar in
            (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
        }
    }

    @Test(arguments: [
        ["compare", "--color", "never"], ["compare", "--format", "md"], ["find"], ["find", "--format", "tsv", "--context", "30"],
        ["find", "--context", "30"], ["align"], ["align", "--format", "tsv"], ["diff-terms"],
        ["diff-terms", "--format", "md"],
    ])
    func documentBytesNeverDriveTheTerminal(_ command: [String]) throws {
        var files = try Self.hostileVersions()
        if command[0] == "diff-terms" {
            // Two versions in one language: the English one, and a copy with a word changed.
            let other = try String(contentsOfFile: files[1], encoding: .utf8).replacingOccurrences(of: "multipolar", with: "multipolar, just")
            files = [files[1], try CLI.temporaryFile(Array(other.utf8), suffix: ".en.txt")]
        }
        let result = try CLI.run(command + files)
        #expect(result.status == 0, "\(result.error)")
        #expect(!result.output.isEmpty)
        #expect(Self.isHarmless(result.output), "\(result.text.debugDescription)")
        #expect(result.text.contains("␛") || command[0] == "compare" || command[0] == "diff-terms" || command == ["find"])
    }

    @Test(arguments: [["analyze", "--format", "text"], ["segment", "--format", "text"], ["segment", "--format", "text", "--unit", "paragraph"]])
    func singleDocumentTextOutputShowsControls(_ command: [String]) throws {
        let result = try CLI.run(command + [try Self.hostileVersions()[0]])
        #expect(result.status == 0, "\(result.error)")
        #expect(Self.isHarmless(result.output) && result.text.contains("␛]52"), "\(result.text.debugDescription)")
    }

    /// Colours are the report's own escapes: they still reach the terminal when asked for.
    @Test func coloursSurviveTheFilter() throws {
        let result = try CLI.run(["compare", "--color", "always"] + Self.sample)
        #expect(result.text.contains("\u{1B}[1mTermAlign\u{1B}[0m"))
    }

    @Test(arguments: [["find"], ["analyze"], ["segment"], ["normalize"], ["compare"], ["align"]])
    func aNULByteIsRefusedWithLineAndColumnEverywhere(_ command: [String]) throws {
        let file = try CLI.temporaryFile(Array("Стороны заявляют.\nТекст\u{0} заявления.".utf8), suffix: ".ru.txt")
        let arguments = command + [file] + (["compare", "align"].contains(command[0]) ? [Self.sample[2]] : [])
        let result = try CLI.run(arguments)
        #expect(result.status == 2)
        #expect(result.error.contains("\(file):2:6: NUL byte at byte offset 43") && result.error.contains("UTF-8"),
                "\(result.error)")
    }

    @Test(arguments: [
        ["compare", "-o", "%0"], ["find", "-o", "%1"], ["align", "-o", "%0"], ["diff-terms", "-o", "%1"],
    ])
    func anOutputThatIsAnInputIsRefused(_ command: [String]) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("termalign-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = command[0] == "diff-terms" ? [Self.sample[2], folder.path + "/b.en.txt"] : [Self.sample[0], folder.path + "/b.en.txt"]
        try FileManager.default.copyItem(atPath: Self.sample[2], toPath: inputs[1])
        let original = try Data(contentsOf: URL(fileURLWithPath: inputs[1]))
        // The output reached through a link and another spelling of the path is the same file.
        let link = folder.path + "/link.txt"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "./b.en.txt")
        for output in [inputs[1], link] {
            let arguments = command.map { $0 == "%0" || $0 == "%1" ? output : $0 } + inputs
            let result = try CLI.run(arguments)
            #expect(result.status == 2 && result.error.contains("the output is the input"), "\(result.error)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: inputs[1])) == original)
        }
    }

    @Test func glossaryConvertRefusesToOverwriteItsInput() throws {
        let glossary = try CLI.temporaryFile(Array("concept,language,term\nc1,en,x\n".utf8), suffix: ".csv")
        let result = try CLI.run(["glossary", "convert", glossary, "--to", "csv", "-o", glossary])
        #expect(result.status == 2 && result.error.contains("the output is the input"), "\(result.error)")
    }

    /// Interrupted while writing `-o F` (here: while it waits for standard input, after the output
    /// is open), the tool leaves F as it was and no temporary file beside it, and dies of the signal.
    @Test(arguments: [SIGTERM, SIGINT, SIGHUP])
    func anInterruptedRunLeavesNoTemporaryFile(_ signal: Int32) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("termalign-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("report.json")
        try Data("old".utf8).write(to: report)
        let process = Process()
        process.executableURL = CLI.executable("termalign")
        process.arguments = ["compare", "--format", "json", "-o", report.path, "--lang", "ru", "--lang", "en", "-", Self.sample[2]]
        let stdin = Pipe()
        process.standardInput = stdin
        process.standardError = FileHandle.nullDevice
        try process.run()
        var temporary: [String] = []
        for _ in 0..<500 where temporary.isEmpty {
            temporary = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".termalign-") }
            if temporary.isEmpty { usleep(20_000) }
        }
        #expect(!temporary.isEmpty, "the temporary file never appeared")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        try? stdin.fileHandleForWriting.close()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == signal)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.json"])
        #expect(try String(contentsOf: report, encoding: .utf8) == "old")
    }

    @Test func anUnwritableDestinationFailsBeforeAnyWorkAndKeepsTheOldFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("termalign-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent(String(repeating: "r", count: 250)).path
        try Data("old".utf8).write(to: URL(fileURLWithPath: report))
        let result = try CLI.run(["compare", "-o", report] + Self.sample)
        #expect(result.status == 2 && result.error.contains("no new file can be made"), "\(result.error)")
        #expect(try String(contentsOfFile: report, encoding: .utf8) == "old")
    }

    @Test(arguments: [["find", "--lang", "und"], ["analyze", "--lang", "und"], ["compare", "--lang", "und"]])
    func undeterminedIsNotALanguageToGive(_ command: [String]) throws {
        let result = try CLI.run(command + Array(Self.sample.prefix(command[0] == "analyze" ? 1 : 2)))
        #expect(result.status == 2)
        #expect(result.error.contains("'und'") && result.error.contains("'ru', 'zh'"), "\(result.error)")
    }

    @Test(arguments: [
        (["xx=china"], "the side is given for xx, which is not among the versions (ru, zh, en)"),
        (["en=chinaa"], "no term of the glossary has the usage label chinaa (its labels: "),
        (["en="], "--side takes ID=LABEL"),
        (["=china"], "--side takes ID=LABEL"),
    ])
    func sidesMustNameAVersionAndALabel(_ sides: [String], _ message: String) throws {
        let result = try CLI.run(["compare"] + sides.flatMap { ["--side", $0] } + Self.sample)
        #expect(result.status == 2 && result.error.contains(message), "\(result.error)")
    }

    /// A document that is one 4 MB line (text copied from a web page): every occurrence is located
    /// on line 1 at the column of its characters. Counting from the line start for each occurrence
    /// took 25 s here; the table of line starts and character counts makes it a lookup.
    @Test func aDocumentOfOneLongLine() throws {
        let sentence = "Стороны выступают против дальнейшего расширения НАТО и поддерживают многополярный мир. "
        let text = String(repeating: sentence, count: 4_000_000 / sentence.utf8.count)
        let file = try CLI.temporaryFile(Array(text.utf8), suffix: ".ru.txt")
        let result = try CLI.run(["find", "--format", "tsv", file])
        #expect(result.status == 0, "\(result.error)")
        let rows = result.text.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows.count >= 2 * (text.utf8.count / sentence.utf8.count))
        let bytes = Array(text.utf8)
        for row in [rows.first!, rows[rows.count / 2], rows.last!] {
            let start = try #require(Int(row[3]))
            #expect(row[1] == "1" && Int(row[2]) == String(decoding: bytes[..<start], as: UTF8.self).unicodeScalars.count + 1)
        }
    }

    @Test func aGlossaryWithFormulasIsExportedAsText() throws {
        let yaml = "concepts:\n  - id: x\n    terms:\n      en:\n        - \"=HYPERLINK(\\\"http://evil\\\",\\\"click\\\")\"\n        - \"@SUM(A1)\"\n"
        let glossary = try CLI.temporaryFile(Array(yaml.utf8), suffix: ".yaml")
        let result = try CLI.run(["glossary", "convert", glossary, "--to", "csv"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.text.contains(",\"'=HYPERLINK(") && result.text.contains(",'@SUM(A1)"), "\(result.text)")
        let csv = try CLI.temporaryFile(Array(result.output), suffix: ".csv")
        let back = try CLI.run(["glossary", "convert", csv, "--to", "yaml"])
        #expect(back.text.contains("=HYPERLINK(") && !back.text.contains("'=HYPERLINK") && back.text.contains("\"@SUM(A1)\""),
                "\(back.text)")
    }

    @Test func anEmptyCSVGlossaryIsAnError() throws {
        let glossary = try CLI.temporaryFile([], suffix: ".csv")
        let result = try CLI.run(["find", "--glossary", glossary, Self.sample[0]])
        #expect(result.status == 2 && result.error.contains("the file is empty"), "\(result.error)")
    }

    /// A TSV opened in a spreadsheet must not run a document's text as a formula.
    @Test(arguments: [["find", "--format", "tsv", "--context", "30"], ["align", "--format", "tsv"]])
    func tsvCellsAreNeverFormulas(_ command: [String]) throws {
        let russian = try CLI.temporaryFile(Array("=1+1 выступают против расширения НАТО.".utf8), suffix: ".ru.txt")
        let english = try CLI.temporaryFile(Array("@SUM(1) oppose the expansion of NATO.".utf8), suffix: ".en.txt")
        let result = try CLI.run(command + [russian, english])
        #expect(result.status == 0, "\(result.error)")
        let cells = result.text.split(separator: "\n").flatMap { $0.split(separator: "\t") }
        #expect(!cells.contains { ["=", "+", "-", "@"].contains($0.first.map(String.init) ?? "") }, "\(result.text)")
        #expect(cells.contains { $0.hasPrefix("'=1+1") } && (command[0] == "find" || cells.contains { $0.hasPrefix("'@SUM") }),
                "\(result.text)")
    }
}
