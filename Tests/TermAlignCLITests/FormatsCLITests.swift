import Foundation
import Testing
import TermAlignText
import TermAlignTestSupport

/// The bundled sample as the files people have — web pages, Word and OpenDocument files, XLIFF per
/// pair, one TMX, legacy encodings, a PDF — compared by the tool: the same findings as the text
/// files, said how each was read, positions in each original.
struct FormatsCLITests {
    static let sample = CLI.root.appendingPathComponent("Examples/sample").path
    static let languages = ["ru", "zh", "en"]

    static func text(_ language: String) throws -> String {
        try String(contentsOfFile: "\(sample)/statement.\(language).txt", encoding: .utf8)
    }

    /// A folder of files written for one test, removed after it.
    final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("termalign-formats-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }

        func write(_ name: String, _ bytes: [UInt8]) throws -> String {
            let path = url.appendingPathComponent(name).path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            return path
        }
    }

    /// The findings of a JSON report without ids and segments: kind, concept, documents, evidence.
    static func findings(_ result: CLI.Result) throws -> [String] {
        let findings = try result.json()["findings"] as? [[String: Any]] ?? []
        return findings.map { finding in
            let evidence = (finding["evidence"] as? [[String: Any]] ?? []).map {
                "\($0["document"] ?? "")\($0["utf8Range"] ?? ""):\($0["text"] ?? "")"
            }
            return "\(finding["kind"] ?? "") \(finding["concept"] ?? "") \(finding["documents"] ?? "") \(evidence)"
        }.sorted()
    }

    static func compareText(_ languages: [String] = languages) throws -> [String] {
        let result = try CLI.run(["compare", "--format", "json"] + languages.map { "\(sample)/statement.\($0).txt" })
        #expect(result.status == 0, "\(result.error)")
        return try findings(result)
    }

    @Test func webPagesGiveTheFindingsOfTheTextWithLinesOfThePage() throws {
        let folder = try Folder()
        var pages: [String: String] = [:]
        for language in Self.languages { pages[language] = SampleFormats.html(try Self.text(language)) }
        let paths = try Self.languages.map { try folder.write("statement.\($0).html", Array(pages[$0]!.utf8)) }
        let result = try CLI.run(["compare", "--format", "json"] + paths)
        #expect(result.status == 0 && result.error.contains("read as HTML"), "\(result.error)")
        let expected = try Self.compareText()
        let found = try Self.findings(result)
        #expect(!expected.isEmpty && found == expected)
        // Line and column are the page's: the words quoted stand there.
        let findings = try result.json()["findings"] as? [[String: Any]] ?? []
        for evidence in findings.flatMap({ $0["evidence"] as? [[String: Any]] ?? [] }) {
            let page = pages[evidence["document"] as! String]!
            let line = page.components(separatedBy: "\n")[(evidence["line"] as! Int) - 1]
            let text = evidence["text"] as! String
            #expect(String(line.dropFirst((evidence["column"] as! Int) - 1)).hasPrefix(text), "\(text)")
        }
    }

    @Test func wordAndOpenDocumentFilesGiveTheFindingsOfTheText() throws {
        let folder = try Folder()
        let expected = try Self.compareText()
        for format in ["docx", "odt"] {
            let paths = try Self.languages.map { language in
                let text = try Self.text(language)
                let bytes = format == "docx" ? try SampleFormats.docx(document: SampleFormats.wordDocument(text)) : try SampleFormats.odt(text)
                return try folder.write("statement.\(language).\(format)", bytes)
            }
            let result = try CLI.run(["compare", "--format", "json"] + paths)
            #expect(result.status == 0 && result.error.contains("read as \(format)"), "\(result.error)")
            let found = try Self.findings(result)
            #expect(found == expected, "\(format)")
        }
    }

    @Test(arguments: [("ru", "en"), ("zh", "en"), ("ru", "zh")])
    func anXLIFFFilePerPairGivesTheFindingsOfThePair(_ source: String, _ target: String) throws {
        let folder = try Folder()
        let xliff = SampleFormats.xliff2(source: (source, try Self.text(source)), target: (target, try Self.text(target)))
        let path = try folder.write("\(source)-\(target).xlf", Array(xliff.utf8))
        let result = try CLI.run(["compare", "--format", "json", path])
        #expect(result.status == 0 && result.error.contains("taken as aligned"), "\(result.error)")
        let (found, expected) = (try Self.findings(result), try Self.compareText([source, target]))
        #expect(!expected.isEmpty && found == expected)
        let segments = (try result.json()["findings"] as? [[String: Any]] ?? []).compactMap { $0["segment"] as? String }
        #expect(!segments.isEmpty && segments.allSatisfy { $0.hasPrefix("p") }, "findings name the file's units")
    }

    @Test func oneTMXFileOfThreeLanguagesGivesTheFindingsOfTheThree() throws {
        let folder = try Folder()
        let tmx = SampleFormats.tmx(try Self.languages.map { ($0, try Self.text($0)) })
        let path = try folder.write("statement.tmx", Array(tmx.utf8))
        let result = try CLI.run(["compare", "--format", "json", path])
        #expect(result.status == 0, "\(result.error)")
        let (found, expected) = (try Self.findings(result), try Self.compareText())
        #expect(!expected.isEmpty && found == expected)
        let documents = try result.json()["documents"] as? [[String: Any]] ?? []
        #expect(documents.compactMap { ($0["origin"] as? [String: Any])?["format"] as? String } == ["tmx", "tmx", "tmx"])
        let aligned = try CLI.run(["align", path, "--format", "tsv"])
        #expect(aligned.status == 0 && aligned.text.split(separator: "\n").count == 1 + 14, "\(aligned.error)")
    }

    @Test func versionsInLegacyEncodingsGiveTheFindingsOfTheText() throws {
        let folder = try Folder()
        let paths = try [("ru", "windows-1251", false), ("zh", "GB18030", false), ("en", "UTF-16LE", true)].map { language, encoding, mark in
            let bytes = (mark ? [0xFF, 0xFE] : []) + (try TextEncoding.convert(Array(try Self.text(language).utf8), from: "UTF-8", to: encoding))
            return try folder.write("statement.\(language).txt", bytes)
        }
        let result = try CLI.run(["compare", "--format", "json"] + paths)
        #expect(result.status == 0, "\(result.error)")
        let (found, expected) = (try Self.findings(result), try Self.compareText())
        #expect(!expected.isEmpty && found == expected)
    }

    @Test func aPDFIsReadThroughPdftotextOrRefusedWithHowToInstallIt() throws {
        let folder = try Folder()
        let fake = try folder.write("statement.en.pdf", Array("%PDF-1.4\n".utf8))
        let missing = try CLI.run(["find", fake], environment: ["TERMALIGN_PDFTOTEXT": "/nonexistent/pdftotext"])
        #expect(missing.status == 2 && missing.error.contains("install poppler-utils"), "\(missing.error)")
        guard let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first(where: FileManager.default.isExecutableFile),
              FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext") else {
            #expect(ProcessInfo.processInfo.environment["TERMALIGN_REQUIRE_BROWSER"] == nil, "make test installs chromium and poppler-utils")
            return
        }
        let page = try folder.write("statement.ru.html", Array(SampleFormats.html(try Self.text("ru")).utf8))
        let pdf = folder.url.appendingPathComponent("statement.ru.pdf").path
        let printer = Process()
        printer.executableURL = URL(fileURLWithPath: chromium)
        printer.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-pdf-header-footer",
                             "--print-to-pdf=\(pdf)", page]
        printer.standardError = FileHandle.nullDevice
        printer.standardOutput = FileHandle.nullDevice
        try printer.run()
        printer.waitUntilExit()
        let read = try CLI.run(["find", pdf, "--format", "json"])
        #expect(read.status == 0 && read.error.contains("pdftotext"), "\(read.error)")
        let text = try CLI.run(["find", "\(Self.sample)/statement.ru.txt", "--format", "json"])
        let concepts = { (result: CLI.Result) in ((try? result.json())?["occurrences"] as? [[String: Any]] ?? []).compactMap { $0["concept"] as? String } }
        #expect(!concepts(text).isEmpty && concepts(read) == concepts(text))
    }

    @Test func plausibleButWrongUsesOfAlignedFilesAreRefusedWithWhatToDo() throws {
        let folder = try Folder()
        let xliff = try folder.write("pair.xlf", Array(SampleFormats.xliff2(source: ("ru", try Self.text("ru")), target: ("en", try Self.text("en"))).utf8))
        let withOther = try CLI.run(["compare", xliff, "\(Self.sample)/statement.zh.txt"])
        #expect(withOther.status == 2 && withOther.error.contains("give it alone"), "\(withOther.error)")
        let withLang = try CLI.run(["compare", xliff, "--lang", "ru"])
        #expect(withLang.status == 2 && withLang.error.contains("leave out --lang"), "\(withLang.error)")
        let single = try CLI.run(["analyze", xliff])
        #expect(single.status == 2 && single.error.contains("use find, align or compare"), "\(single.error)")
        let oneText = try CLI.run(["compare", "\(Self.sample)/statement.zh.txt"])
        #expect(oneText.status == 2 && oneText.error.contains("or one XLIFF or TMX file"), "\(oneText.error)")
        let html = try folder.write("menu.html", Array("<html><body><nav>Главная</nav></body></html>".utf8))
        let empty = try CLI.run(["find", html])
        #expect(empty.status == 2 && empty.error.contains("save it as text"), "\(empty.error)")
    }

    @Test func extractShowsTheTextThatWasRead() throws {
        let folder = try Folder()
        let text = try Self.text("zh")
        let page = try folder.write("statement.zh.html", Array(SampleFormats.html(text).utf8))
        let extracted = try CLI.run(["extract", page])
        #expect(extracted.status == 0 && extracted.text == text.trimmingCharacters(in: .newlines) + "\n", "\(extracted.error)")
        let tmx = try folder.write("all.tmx", Array(SampleFormats.tmx(try Self.languages.map { ($0, try Self.text($0)) }).utf8))
        let one = try CLI.run(["extract", tmx, "--only", "en"])
        let english = try Self.text("en").trimmingCharacters(in: .newlines)
        #expect(one.status == 0 && one.text == "== en (en) ==\n" + english + "\n")
        let unknown = try CLI.run(["extract", tmx, "--only", "de"])
        #expect(unknown.status == 2 && unknown.error.contains("its versions: ru, zh, en"), "\(unknown.error)")
    }

    @Test func aPageInTheEncodingItDeclaresIsReadInIt() throws {
        let folder = try Folder()
        let text = try Self.text("ru")
        let page = SampleFormats.html(text).replacingOccurrences(of: "<meta charset=\"utf-8\">", with: "<meta charset=\"windows-1251\">")
        let path = try folder.write("statement.ru.html", try TextEncoding.convert(Array(page.utf8), from: "UTF-8", to: "windows-1251"))
        let read = try CLI.run(["find", path, "--format", "tsv"])
        #expect(read.status == 0 && read.error.contains("as the page declares"), "\(read.error)")
        let original = try CLI.run(["find", "\(Self.sample)/statement.ru.txt", "--format", "tsv"])
        let ranges = { (result: CLI.Result) in result.text.split(separator: "\n").map { $0.split(separator: "\t").dropFirst(3).joined(separator: "\t") } }
        #expect(ranges(read).count > 2 && ranges(read) == ranges(original))
    }

    @Test func aPageWithAFewBadBytesIsReadLossilyOnlyWhenAsked() throws {
        let folder = try Folder()
        var page = Array(SampleFormats.html(try Self.text("en")).utf8)
        page.insert(0xFF, at: page.count / 2)
        let path = try folder.write("statement.en.html", page)
        let strict = try CLI.run(["find", path])
        #expect(strict.status == 2 && strict.error.contains("--lossy"), "\(strict.error)")
        let lossy = try CLI.run(["find", path, "--lossy", "--format", "tsv"])
        #expect(lossy.status == 0 && lossy.error.contains("1 invalid UTF-8 sequences read as U+FFFD"), "\(lossy.error)")
        #expect(lossy.text.split(separator: "\n").count > 5)
    }
}
