import Foundation
import TermAlign
import TermAlignCommandSupport

/// One line of a batch manifest: a set of versions to compare.
///
/// ```json
/// {"id": "2023-03-21", "documents": [{"path": "2023/ru.txt"}, {"path": "2023/zh.html", "language": "zh"},
///  {"text": "The Sides …", "language": "en", "id": "en"}], "metadata": {"source": "kremlin.ru"}}
/// ```
///
/// A document is a `path` (relative to the manifest's folder; any format `compare` reads, with an
/// optional `format` and `encoding`) or an inline `text`; `language` and `id` are optional, as on
/// the command line. `metadata` is any JSON, written back with the result.
struct BatchEntry: Sendable {
    struct Version: Sendable {
        var path: String?
        var text: String?
        var language: Language?
        var id: String?
        var format: InputFormat?
        var encoding: String?
    }

    let line: Int
    let id: String
    let versions: [Version]
    /// The metadata as compact JSON with sorted keys, or nil.
    let metadata: String?

    /// Why a line is not an entry: its message names the line and what to write.
    struct Invalid: Error, CustomStringConvertible {
        let line: Int
        let id: String?
        let message: String
        var description: String { "manifest line \(line): \(message)" }
    }

    /// Parses `bytes`, line `line` of the manifest.
    static func parse(_ bytes: ArraySlice<UInt8>, line: Int) throws(Invalid) -> BatchEntry {
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
                throw Invalid(line: line, id: nil, message: "not a JSON object; each line is {\"id\": …, \"documents\": […]}")
            }
            object = parsed
        } catch let invalid as Invalid {
            throw invalid
        } catch {
            throw Invalid(line: line, id: nil, message: "not valid JSON (\(Self.reason(error))); each line is one JSON object")
        }
        guard let id = object["id"] as? String ?? (object["id"] as? Int).map(String.init), !id.isEmpty else {
            throw Invalid(line: line, id: nil, message: "no \"id\" (a string): every set needs one, to name its result and to resume")
        }
        guard let documents = object["documents"] as? [[String: Any]], !documents.isEmpty else {
            throw Invalid(line: line, id: id, message: "no \"documents\" list: give [{\"path\": …} or {\"text\": …, \"language\": …}, …]")
        }
        var versions: [Version] = []
        for (position, document) in documents.enumerated() {
            let number = position + 1
            var version = Version(path: document["path"] as? String, text: document["text"] as? String,
                                  id: document["id"] as? String, encoding: document["encoding"] as? String)
            guard (version.path == nil) != (version.text == nil) else {
                throw Invalid(line: line, id: id, message: "document \(number) needs one of \"path\" and \"text\"")
            }
            if let code = document["language"] as? String {
                guard let language = Language(argument: code) else {
                    throw Invalid(line: line, id: id, message: "document \(number): language \"\(code)\" is not ru, zh or en")
                }
                version.language = language
            }
            if let name = document["format"] as? String {
                guard let format = InputFormat(rawValue: name) else {
                    throw Invalid(line: line, id: id, message: "document \(number): format \"\(name)\" is not one of "
                                  + InputFormat.allCases.map(\.rawValue).joined(separator: ", "))
                }
                version.format = format
            }
            versions.append(version)
        }
        var metadata: String?
        if let value = object["metadata"], !(value is NSNull) {
            let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed, .withoutEscapingSlashes])
            metadata = data.map { String(decoding: $0, as: UTF8.self) }
        }
        return BatchEntry(line: line, id: id, versions: versions, metadata: metadata)
    }

    /// The line's id, when the line is JSON with one, for a line that is otherwise wrong.
    static func id(in bytes: ArraySlice<UInt8>) -> String? {
        (try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])?["id"] as? String
    }

    private static func reason(_ error: Error) -> String {
        (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
    }
}
