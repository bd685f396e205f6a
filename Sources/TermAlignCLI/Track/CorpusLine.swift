import Foundation
import TermAlign
import TermAlignCommandSupport

/// One line of a dated corpus, read and tracked on a worker thread.
enum CorpusLine {
    /// Why a line was left out.
    struct Problem: Error {
        let line: Int
        let message: String
    }

    static func tracked(_ item: BatchLines.Item, folder: String?, tracker: Tracker) -> Result<Tracking, Problem> {
        do {
            return .success(try tracker.track(try document(item, folder: folder)))
        } catch let problem as Problem {
            return .failure(problem)
        } catch {
            return .failure(Problem(line: item.line, message: "\(error)"))
        }
    }

    /// The dated document a line describes.
    static func document(_ item: BatchLines.Item, folder: String?) throws -> DatedDocument {
        func fail(_ message: String) -> Problem { Problem(line: item.line, message: message) }
        guard let object = try? JSONSerialization.jsonObject(with: Data(item.bytes)) as? [String: Any] else {
            throw fail("not a JSON object; each line is {\"id\", \"date\", \"source\", \"text\" or \"path\"}")
        }
        guard let id = object["id"] as? String, !id.isEmpty else { throw fail("no \"id\"") }
        guard let date = object["date"] as? String, isDate(date) else { throw fail("\(id): no \"date\" as YYYY-MM-DD") }
        let source = object["source"] as? String ?? "unknown"
        var language: Language?
        if let code = object["language"] as? String {
            guard let given = Language(argument: code) else { throw fail("\(id): language \"\(code)\" is not ru, zh or en") }
            language = given
        }
        let document: Document
        if let text = object["text"] as? String {
            document = Document(text: text, id: id, language: language)
        } else if let path = object["path"] as? String {
            let full = path.hasPrefix("/") ? path : folder.map { "\($0)/\(path)" } ?? path
            let read = try InputFile.load(path: full, format: nil, language: language ?? DocumentSetOptions.language(fromName: full),
                                          policy: .strict, encoding: object["encoding"] as? String, says: false)
            guard read.units == nil, let first = read.documents.first else { throw fail("\(id): \(path) holds several versions; give one per line") }
            document = first.with(id: id)
        } else {
            throw fail("\(id): neither \"text\" nor \"path\"")
        }
        guard document.language != .undetermined else { throw fail("\(id): its language cannot be told; give \"language\"") }
        return DatedDocument(id: id, date: date, source: source, document: document)
    }

    private static func isDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        return bytes.enumerated().allSatisfy { index, byte in index == 4 || index == 7 || (byte >= 0x30 && byte <= 0x39) }
    }
}
