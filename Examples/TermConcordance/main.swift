// TermConcordance: one concept of the glossary across all versions, keyword in context. For each aligned
// sentence where any version uses the concept, it prints each version's words around it — or says that
// the version has none there, which is where a reviser looks first.
//
//     swift run TermConcordance                               # special-military-operation in the sample
//     swift run TermConcordance persons-located-abroad
//     swift run TermConcordance CONCEPT path/to/folder        # statement.ru.txt, statement.zh.txt, statement.en.txt
import Foundation
import TermAlign

/// Examples/sample, found from this source file so the program runs from any folder.
let sampleFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("sample").path

let arguments = CommandLine.arguments.dropFirst()
let conceptID = arguments.first ?? "special-military-operation"
let folder = arguments.dropFirst().first ?? sampleFolder

/// The occurrence's sentence with the term in brackets, shortened to `width` characters either side.
func keywordInContext(_ occurrence: Occurrence, in document: Document, sentence: ByteRange, width: Int = 30) -> String {
    let before = document.text(in: ByteRange(lowerBound: sentence.lowerBound, upperBound: occurrence.range.lowerBound))
    let after = document.text(in: ByteRange(lowerBound: occurrence.range.upperBound, upperBound: sentence.upperBound))
    let left = before.count > width ? "…" + before.suffix(width) : Substring(before)
    let right = after.count > width ? after.prefix(width) + "…" : Substring(after)
    return (left + "[" + occurrence.text + "]" + right).replacingOccurrences(of: "\n", with: " ")
        .trimmingCharacters(in: .whitespaces)
}

do {
    let versions = try [Language.ru, .zh, .en].map { language in
        try Document.load(path: "\(folder)/statement.\(language.rawValue).txt", language: language)
    }
    let glossary = try ShippedGlossary.load().glossary
    guard let concept = glossary.concepts.first(where: { $0.id == conceptID }) else {
        FileHandle.standardError.write(Data("TermConcordance: no concept \"\(conceptID)\" in the glossary\n".utf8))
        exit(2)
    }
    let comparison = try Comparer(glossary: glossary).compare(versions)
    let found = comparison.occurrences.filter { $0.occurrence.concept == conceptID }

    print("\(concept.id): \(concept.definition ?? "")")
    for section in concept.sections {
        print("  \(section.language): " + section.terms.map { "“\($0.text)” (\($0.status?.rawValue ?? "—"))" }.joined(separator: ", "))
    }
    let segments = Set(found.map(\.segment)).sorted()
    print("\n\(found.count) occurrences in \(segments.count) aligned sentences")
    for index in segments {
        let segment = comparison.alignment.segments[index]
        print("\n\(segment.id)")
        for (document, version) in comparison.documents.enumerated() {
            let here = found.filter { $0.segment == index && $0.document == document }
            guard let sentence = segment.ranges[document] else {
                print("  \(version.id)  (no counterpart sentence)")
                continue
            }
            if here.isEmpty { print("  \(version.id)  — not rendered by this concept here") }
            for located in here {
                print("  \(version.id)  " + keywordInContext(located.occurrence, in: version, sentence: sentence))
            }
        }
    }
} catch {
    FileHandle.standardError.write(Data("TermConcordance: \(error)\n".utf8))
    exit(2)
}
