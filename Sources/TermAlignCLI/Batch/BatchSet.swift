import Foundation
import TermAlign
import TermAlignCommandSupport

extension BatchEntry {
    /// The versions of this set, read as `compare` reads its files (paths relative to `folder`, or to
    /// the working directory), with the ids `compare` would give them unless the manifest names them.
    func load(folder: String?) throws -> VersionSet {
        var documents: [Document] = []
        var units: [ParallelUnit]?
        var named: [Bool] = []
        for version in versions {
            if let text = version.text {
                let document = Document(text: text, id: version.id, language: version.language)
                guard document.language != .undetermined else {
                    throw CLIError.message("an inline text whose language cannot be told: give \"language\"")
                }
                documents.append(document)
                named.append(version.id != nil)
                continue
            }
            let path = version.path!.hasPrefix("/") ? version.path! : folder.map { "\($0)/\(version.path!)" } ?? version.path!
            let read = try InputFile.load(path: path, format: version.format,
                                          language: version.language ?? DocumentSetOptions.language(fromName: path),
                                          policy: .strict, encoding: version.encoding, says: false)
            if let fileUnits = read.units {
                guard versions.count == 1 else { throw CLIError.message("\(version.path!) holds aligned versions: give it alone in its set") }
                units = fileUnits
            }
            for document in read.documents {
                guard document.language != .undetermined else { throw TextError.undeterminedLanguage(source: version.path!) }
                documents.append(version.id.map { document.with(id: $0) } ?? document)
                named.append(version.id != nil)
            }
        }
        return VersionSet(documents: Self.identified(documents, named: named), units: units)
    }

    /// Ids as `compare` gives them — the language code when the languages differ, else the file name —
    /// for the documents the manifest does not name.
    private static func identified(_ documents: [Document], named: [Bool]) -> [Document] {
        let distinct = Set(documents.map(\.language)).count == documents.count
        return documents.enumerated().map { index, document in
            if named[index] { return document }
            if distinct { return document.with(id: document.language.rawValue) }
            return document.path.map { document.with(id: DocumentSetOptions.baseName($0)) } ?? document
        }
    }
}
