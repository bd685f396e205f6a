import TermAlign
import TermAlignCommandSupport

/// Reads a file's bytes as UTF-8 text: UTF-8 as it is; a file in another encoding — named by
/// `--encoding`, declared by the file (a web page's `<meta charset>`), or detected when the bytes are
/// not UTF-8 (see `TextFileEncoding`) — converted to UTF-8 first and said on standard error. Byte
/// ranges then refer to the text as converted.
enum EncodedFile {
    /// A text file's document, converted first when it is in another encoding.
    static func document(from bytes: [UInt8], name: String, language: Language?, policy: Document.DecodingPolicy,
                         encoding: String?) throws -> Document {
        let utf8: [UInt8], from: String
        if let encoding {
            (utf8, from) = (try given(bytes, name: name, encoding: encoding), encoding)
        } else {
            let failure: TextError
            do {
                return try Document(bytes: bytes, path: name, language: language, policy: policy)
            } catch {
                // Under --lossy, UTF-8 with bad bytes is read as it is; anything else is refused.
                guard policy == .strict else { throw error }
                failure = error
            }
            (utf8, from) = try converted(bytes, name: name, declared: nil, failure: failure)
        }
        return try Document(bytes: utf8, path: name, language: language).with(encoding: from)
    }

    /// A markup file's bytes (HTML, XML) as UTF-8, and the encoding they were in. Under the lossy
    /// policy, a mostly well-formed UTF-8 file has its bad sequences replaced by U+FFFD before the
    /// markup is read, and the count is said.
    static func utf8(_ bytes: [UInt8], name: String, encoding: String?, declared: @autoclosure () -> String?,
                     policy: Document.DecodingPolicy) throws -> ([UInt8], String) {
        if let encoding { return (try given(bytes, name: name, encoding: encoding), encoding) }
        let failure: TextError
        do {
            _ = try Document.check(bytes, source: name, policy: .strict)
            return (bytes, "UTF-8")
        } catch {
            failure = error
        }
        do {
            return try converted(bytes, name: name, declared: declared(), failure: failure)
        } catch let error as TextError {
            guard policy == .lossy, case .invalidUTF8 = error else { throw error }
            let invalid = UTF8Validation.invalidSequences(in: bytes, stopAtFirst: false).count
            Console.error("termalign: warning: \(name): \(invalid) invalid UTF-8 sequences read as U+FFFD before reading "
                          + "the markup; byte ranges are into the text so repaired")
            return (Array(String(decoding: bytes, as: UTF8.self).utf8), "UTF-8")
        }
    }

    /// `bytes` converted from the encoding `--encoding` names.
    private static func given(_ bytes: [UInt8], name: String, encoding: String) throws -> [UInt8] {
        try TextFileEncoding.converted(bytes, from: encoding, name: name, how: "as given by --encoding")
    }

    /// `bytes`, which are not UTF-8 for the reason `failure`, as UTF-8 from the encoding the file
    /// `declared`, else the one ICU detects.
    ///
    /// - Throws: `failure` when it is not an encoding problem, or when the bytes are mostly UTF-8
    ///   with a few bad ones (what `--lossy` is for); `CLIError` when no encoding can be trusted.
    private static func converted(_ bytes: [UInt8], name: String, declared: String?,
                                  failure: TextError) throws -> ([UInt8], String) {
        guard isEncodingProblem(failure) else { throw failure }
        if let declared, declared != "utf-8" {
            return (try TextFileEncoding.converted(bytes, from: declared, name: name, how: "as the page declares"), declared)
        }
        guard let chosen = try TextFileEncoding.choose(for: bytes, name: name, failure: "\(failure)") else { throw failure }
        return (try TextFileEncoding.converted(bytes, from: chosen.name, name: name, how: chosen.how), chosen.name)
    }

    private static func isEncodingProblem(_ error: TextError) -> Bool {
        switch error {
        case .invalidUTF8, .binaryContent: true
        default: false
        }
    }
}
