@_spi(Engine) import TermAlignText
import TermAlignGlossary

/// Reads a glossary file as the tools do: UTF-8 (or UTF-16 with a byte-order mark) as the library
/// reads it; one in another encoding — a spreadsheet saved in Windows-1251 by Excel, say — detected,
/// converted and said on standard error, by the rules of ``TextFileEncoding``.
package enum GlossaryFile {
    /// - Parameters:
    ///   - encoding: The file's encoding, when the user names it.
    ///   - option: The option that names it, for messages.
    package static func load(path: String, format: GlossaryFormat? = nil, encoding: String? = nil, option: String,
                             progress: (@Sendable (Double) -> Void)? = nil) throws -> LoadedGlossary {
        if let encoding, path != "-" {
            let bytes = try FileReader.readAll(path: path, limit: Glossary.maximumFileSize)
            let utf8 = try TextFileEncoding.converted(bytes, from: encoding, name: path, how: "as given by \(option)",
                                                      option: option)
            return try Glossary.load(bytes: utf8, file: path, format: format ?? GlossaryFormat(path: path) ?? GlossaryFormat.sniff(utf8),
                                     progress: progress)
        }
        let failure: GlossaryError
        do {
            return try Glossary.load(contentsOf: path, format: format, progress: progress)
        } catch {
            failure = error
        }
        guard failure.kind == .encoding, path != "-" else { throw failure }
        let bytes = try FileReader.readAll(path: path, limit: Glossary.maximumFileSize)
        guard let chosen = try TextFileEncoding.choose(for: bytes, name: path, failure: "\(failure)", option: option)
        else { throw failure }
        let utf8 = try TextFileEncoding.converted(bytes, from: chosen.name, name: path, how: chosen.how, option: option)
        return try Glossary.load(bytes: utf8, file: path, format: format ?? GlossaryFormat(path: path) ?? GlossaryFormat.sniff(utf8),
                                 progress: progress)
    }
}
