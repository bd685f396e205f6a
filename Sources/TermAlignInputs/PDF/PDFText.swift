import Foundation
import TermAlignText

/// The text of a PDF as `pdftotext -layout` (poppler-utils) gives it: the program is looked for on
/// the `PATH` (or named by `TERMALIGN_PDFTOTEXT`), and its absence is an error that says how to
/// install it. Positions refer to that text; a PDF has no lines and columns of its own to map to.
enum PDFText {
    /// The program, if installed.
    static func tool(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let named = environment["TERMALIGN_PDFTOTEXT"] {
            return FileManager.default.isExecutableFile(atPath: named) ? named : nil
        }
        for directory in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(directory)/pdftotext"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The text of the PDF in `bytes`, with form feeds (page ends) read as line ends.
    static func extract(_ bytes: [UInt8], file: String) throws(InputError) -> ([UInt8], TextOrigin) {
        guard let tool = tool() else {
            throw InputError(.missingTool, file: file, message: "reading a PDF needs pdftotext, which is not installed: "
                             + "install poppler-utils (Debian/Ubuntu: apt-get install poppler-utils; macOS: brew install "
                             + "poppler), or save the PDF's text as a .txt file and compare that")
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("termalign-pdf-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let input = directory.appendingPathComponent("input.pdf")
            try Data(bytes).write(to: input)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: tool)
            process.arguments = ["-layout", "-enc", "UTF-8", "-q", input.path, "-"]
            let output = Pipe()
            let errors = Pipe()
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            // Read to the end before waiting: a large text would otherwise fill the pipe and block.
            var text = [UInt8](output.fileHandleForReading.readDataToEndOfFile())
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw InputError(.malformed, file: file, message: "pdftotext could not read the PDF (exit status "
                                 + "\(process.terminationStatus)\(message.isEmpty ? "" : ": \(message.onOneLine)")); "
                                 + "if it is damaged or encrypted, export its text from a PDF reader")
            }
            for index in text.indices where text[index] == 0x0C { text[index] = 0x0A }
            guard text.contains(where: { !TextBuilder.isWhitespace($0) }) else {
                throw InputError(.empty, file: file, message: "the PDF has no text layer (a scan?): run OCR on it first, "
                                 + "for example with ocrmypdf, or compare a text version")
            }
            return (text, TextOrigin(format: .pdf, source: nil, anchors: []))
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError(.missingTool, file: file, message: "could not run \(tool): \(error)")
        }
    }
}
