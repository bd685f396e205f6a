// ExportComparison: a comparison handed on as data. It compares the bundled sample (or the three
// versions in a folder), encodes the result with Foundation's JSONEncoder — a comparison is
// `Encodable`, with the fields of the JSON report — and writes it to standard output, or to a file
// through a FileHandle as the report itself.
//
//     swift run ExportComparison                      # the sample, encoded with JSONEncoder
//     swift run ExportComparison FOLDER report.html   # the versions in FOLDER, the HTML report into a file
import Foundation
import TermAlign

let sampleFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("sample").path
let arguments = CommandLine.arguments.dropFirst()
let folder = arguments.first ?? sampleFolder

do {
    let versions = try [Language.ru, .zh, .en].map { language in
        try Document.load(path: "\(folder)/statement.\(language.rawValue).txt", language: language)
    }
    // Made off this thread, as an app would, so that its own thread stays free.
    let comparison = try await Comparer(glossary: ShippedGlossary.load().glossary).comparison(of: versions)
    if arguments.count > 1 {
        let path = arguments[arguments.startIndex + 1]
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        try ComparisonReport(comparison: comparison, glossaryName: "shipped").write(.html, to: handle)
        try handle.close()
        print("wrote \(path): \(comparison.findings.count) findings")
    } else {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        FileHandle.standardOutput.write(try encoder.encode(comparison))
        print()
    }
} catch {
    FileHandle.standardError.write(Data("ExportComparison: \(error.localizedDescription)\n".utf8))
    exit(2)
}
