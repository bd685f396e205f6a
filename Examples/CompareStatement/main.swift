// CompareStatement: the main job of TermAlign in a few lines. It compares the Russian, Chinese and
// English versions of the bundled sample statement against the shipped China–Russia glossary and prints
// every divergence with the exact words of each version.
//
//     swift run CompareStatement                 # the bundled sample
//     swift run CompareStatement path/to/folder  # statement.ru.txt, statement.zh.txt, statement.en.txt
import Foundation
import TermAlign

/// Examples/sample, found from this source file so the program runs from any folder.
let sampleFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("sample").path

let folder = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : sampleFolder

do {
    // Each version is read as UTF-8; a file that is not text is an error, not a garbled comparison.
    let versions = try [Language.ru, .zh, .en].map { language in
        try Document.load(path: "\(folder)/statement.\(language.rawValue).txt", language: language)
    }
    let glossary = try ShippedGlossary.load().glossary
    let comparison = try Comparer(glossary: glossary).compare(versions)

    print("\(comparison.findings.count) findings in \(comparison.alignment.segments.count) aligned sentences "
          + "(\(comparison.occurrences.count) glossary terms found)")
    for warning in comparison.warnings { print("warning: \(warning)") }

    for finding in comparison.findings {
        let segment = comparison.alignment.segments[finding.segment]
        print("\n[\(finding.severity)] \(finding.kind.rawValue) in \(segment.id)")
        print("  " + finding.message)
        // Evidence: the words of each original, with the version they come from.
        for evidence in finding.evidence.prefix(6) {
            print("  \(comparison.documents[evidence.document].id): “\(evidence.text)”")
        }
    }
} catch {
    FileHandle.standardError.write(Data("CompareStatement: \(error)\n".utf8))
    exit(2)
}
