import Foundation
import Testing
import TermAlignReports

/// The sample's HTML report rendered by a real browser (headless Chromium): the script runs, the three
/// columns and every highlighted term are in the rendered DOM, and the screenshot is a real page.
/// `make test` installs Chromium and sets TERMALIGN_REQUIRE_BROWSER=1, so there it cannot be skipped;
/// a plain `swift test` without Chromium cancels these tests with a message.
@Suite("HTML report in a browser", .serialized)
struct BrowserCheckTests {
    static let required = ProcessInfo.processInfo.environment["TERMALIGN_REQUIRE_BROWSER"] == "1"

    /// The report written to a temporary folder, with a browser profile folder beside it.
    static let page: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("termalign-browser-\(getpid())")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("sample.html")
        try! ReportGoldenTests.report.render(.html).write(to: url, atomically: true, encoding: .utf8)
        return url
    }()

    static func chromium() throws -> String {
        if let path = Chromium.find() { return path }
        if required { Issue.record("Chromium is not installed; `make test` installs it (Debian package chromium)") }
        try Test.cancel("Chromium is not installed: run `make test` (it installs the Debian package) to run the browser check")
    }

    @Test func renderedDOMHasTheColumnsAndTheHighlightedTerms() throws {
        let browser = try Self.chromium()
        let dom = try Chromium.run(browser, ["--dump-dom", Self.page.absoluteString], folder: Self.page.deletingLastPathComponent())
        let comparison = ReportGoldenTests.comparison
        for document in comparison.documents {
            #expect(dom.contains("<th scope=\"col\" class=\"version\">\(document.id)<small>"), "column \(document.id)")
        }
        let distinct = Set(comparison.occurrences.map { [$0.document, $0.occurrence.range.lowerBound, $0.occurrence.range.upperBound] })
        #expect(dom.components(separatedBy: "<mark class=\"term").count - 1 == distinct.count)
        #expect(dom.contains("<mark class=\"term") && dom.contains(">специальной военной операцией</mark>"))
        #expect(dom.contains(">乌克兰危机</mark>"))
        // The script ran without an error: it shows the filters it alone can drive.
        #expect(dom.contains("<fieldset id=\"filters\" class=\"filters\">"))
        #expect(dom.contains("\(comparison.findings.count) of \(comparison.findings.count) shown"))
    }

    @Test func trackingTimelinesParseAsSVGWithEveryBarSegment() throws {
        let browser = try Self.chromium()
        let tracking = TrackingHTMLTests.tracker.track(TrackingHTMLTests.documents, threads: 1)
        let url = Self.page.deletingLastPathComponent().appendingPathComponent("tracking.html")
        try TrackingHTMLTests.page(tracking).write(to: url, atomically: true, encoding: .utf8)
        let dom = try Chromium.run(browser, ["--dump-dom", url.absoluteString], folder: url.deletingLastPathComponent())
        #expect(dom.components(separatedBy: "<svg class=\"timeline\"").count - 1 == tracking.concepts.count)
        let segments = tracking.concepts.values.reduce(0) { total, concept in
            total + Set(concept.counts.keys.map { [$0.language, $0.rendering, $0.period] }).count
        }
        #expect(dom.components(separatedBy: "<rect ").count - 1 == segments)
        // Grid lines are closed, so the axis labels after them are the chart's, not the lines' children.
        #expect(dom.contains("></line><text ") && !dom.contains("<line x1=\"48\" y1=\"210\" x2=\"952\" y2=\"210\"><text"))
    }

    @Test func screenshotIsARenderedPage() throws {
        let browser = try Self.chromium()
        let png = Self.page.deletingLastPathComponent().appendingPathComponent("sample.png")
        try? FileManager.default.removeItem(at: png)
        _ = try Chromium.run(browser, ["--screenshot=\(png.path)", "--window-size=1400,1800", Self.page.absoluteString],
                             folder: Self.page.deletingLastPathComponent())
        let bytes = try [UInt8](Data(contentsOf: png))
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 1400 && height == 1800)
        // A blank page of this size compresses to a few kilobytes; text, tables and colours do not.
        #expect(bytes.count > 100_000, "screenshot of \(bytes.count) bytes looks blank")
    }
}

/// Finds and runs headless Chromium.
enum Chromium {
    static func find() -> String? {
        if let path = ProcessInfo.processInfo.environment["TERMALIGN_CHROMIUM"] { return path }
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }

    /// Runs the browser headless (no sandbox: CI runs as root) with a profile in `folder`; returns stdout.
    static func run(_ browser: String, _ arguments: [String], folder: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                             "--no-first-run", "--user-data-dir=\(folder.appendingPathComponent("profile").path)"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // A browser that hangs must not hang the test run.
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: watchdog)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        #expect(process.terminationStatus == 0, "chromium exited with \(process.terminationStatus)")
        return String(decoding: data, as: UTF8.self)
    }
}
