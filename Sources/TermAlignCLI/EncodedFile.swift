import TermAlign
import TermAlignCommandSupport

/// Reads an input file as text: UTF-8 as it is; a file in another encoding — named by `--encoding`,
/// or detected when the bytes are not UTF-8 (see `TextFileEncoding`) — converted to UTF-8 first and
/// said on standard error. Byte ranges then refer to the text as converted.
enum EncodedFile {
    static func load(path: String, language: Language?, policy: Document.DecodingPolicy, encoding: String?) throws -> Document {
        let name = path == "-" ? "<stdin>" : path
        let bytes = try FileReader.readAll(path: path, limit: Document.maximumSize)
        if let encoding {
            let utf8 = try TextFileEncoding.converted(bytes, from: encoding, name: name, how: "as given by --encoding")
            return try Document(bytes: utf8, path: name, language: language).with(encoding: encoding)
        }
        let failure: TextError
        do {
            return try Document(bytes: bytes, path: name, language: language, policy: policy)
        } catch {
            failure = error
        }
        guard policy == .strict, Self.isEncodingProblem(failure),
              let chosen = try TextFileEncoding.choose(for: bytes, name: name, failure: "\(failure)") else { throw failure }
        let utf8 = try TextFileEncoding.converted(bytes, from: chosen.name, name: name, how: chosen.how)
        return try Document(bytes: utf8, path: name, language: language).with(encoding: chosen.name)
    }

    private static func isEncodingProblem(_ error: TextError) -> Bool {
        switch error {
        case .invalidUTF8, .binaryContent: true
        default: false
        }
    }
}
