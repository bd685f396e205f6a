import TermAlign
import TermAlignCommandSupport

/// Reads an input file as text: UTF-8 as it is; a file in another encoding — named by `--encoding`,
/// or detected when the bytes are not UTF-8 (see `TextFileEncoding`) — converted to UTF-8 first and
/// said on standard error. Byte ranges then refer to the text as converted.
enum EncodedFile {
    static func load(path: String, language: Language?, policy: Document.DecodingPolicy, encoding: String?) throws -> Document {
        let name = path == "-" ? "<stdin>" : path
        let bytes = try FileReader.readAll(path: path, limit: Document.maximumSize)
        return try document(from: bytes, name: name, language: language, policy: policy, encoding: encoding)
    }

    /// A document of `bytes`, converted first when they are in another encoding.
    static func document(from bytes: [UInt8], name: String, language: Language?, policy: Document.DecodingPolicy,
                         encoding: String?) throws -> Document {
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

    /// The bytes of a markup file (HTML, XML) as UTF-8, and the encoding they were in: the one given,
    /// else UTF-8 when they are, else the one the file `declared`, else the one detected. Under the
    /// lossy policy, a mostly well-formed UTF-8 file has its bad sequences replaced by U+FFFD before
    /// the markup is read, and the count is said.
    static func utf8(_ bytes: [UInt8], name: String, encoding: String?, declared: String?,
                     policy: Document.DecodingPolicy) throws -> ([UInt8], String) {
        if let encoding {
            return (try TextFileEncoding.converted(bytes, from: encoding, name: name, how: "as given by --encoding"), encoding)
        }
        let failure: TextError
        do {
            let document = try Document(bytes: bytes, path: name, language: .en)
            return (document.bytes, "UTF-8")
        } catch {
            failure = error
        }
        guard Self.isEncodingProblem(failure) else { throw failure }
        if let declared, declared != "utf-8" {
            return (try TextFileEncoding.converted(bytes, from: declared, name: name, how: "as the page declares"), declared)
        }
        guard let chosen = try TextFileEncoding.choose(for: bytes, name: name, failure: "\(failure)") else {
            guard policy == .lossy, case .invalidUTF8 = failure else { throw failure }
            let invalid = UTF8Validation.invalidSequences(in: bytes, stopAtFirst: false).count
            Console.error("termalign: warning: \(name): \(invalid) invalid UTF-8 sequences read as U+FFFD before reading "
                          + "the markup; byte ranges are into the text so repaired")
            return (Array(String(decoding: bytes, as: UTF8.self).utf8), "UTF-8")
        }
        return (try TextFileEncoding.converted(bytes, from: chosen.name, name: name, how: chosen.how), chosen.name)
    }

    private static func isEncodingProblem(_ error: TextError) -> Bool {
        switch error {
        case .invalidUTF8, .binaryContent: true
        default: false
        }
    }
}
