@_spi(Engine) import TermAlignText
import TermAlignGlossary

/// Reads a glossary file as the tools do: UTF-8 (or UTF-16 with a byte-order mark) as the library
/// reads it; one in another encoding — a spreadsheet saved in Windows-1251 by Excel, say — detected,
/// converted and said on standard error, by the rules of ``TextFileEncoding``. The file (or standard
/// input) is read once.
package enum GlossaryFile {
    /// - Parameters:
    ///   - encoding: The file's encoding, when the user names it.
    ///   - option: The option that names it, for messages.
    package static func load(path: String, format: GlossaryFormat? = nil, encoding: String? = nil, option: String,
                             progress: (@Sendable (Double) -> Void)? = nil) throws -> LoadedGlossary {
        try parse(read(path: path), path: path, format: format, encoding: encoding, option: option, progress: progress).loaded
    }

    /// The file's bytes (standard input for "-").
    package static func read(path: String) throws -> [UInt8] {
        do {
            return try FileReader.readAll(path: path, limit: Glossary.maximumFileSize)
        } catch {
            throw GlossaryError(.unreadable, file: path, message: error.message)
        }
    }

    /// Reads a glossary from the bytes of the file at `path`; `converted` says that they were not
    /// UTF-8 and were converted (from `encoding`, or from the encoding detected and said).
    package static func parse(_ bytes: [UInt8], path: String, format: GlossaryFormat? = nil, encoding: String? = nil, option: String,
                              progress: (@Sendable (Double) -> Void)? = nil) throws -> (loaded: LoadedGlossary, converted: Bool) {
        let file = path == "-" ? "<stdin>" : path
        func read(_ utf8: [UInt8]) throws(GlossaryError) -> LoadedGlossary {
            try Glossary.load(bytes: utf8, file: file, format: format ?? GlossaryFormat(path: path) ?? GlossaryFormat.sniff(utf8),
                              progress: progress)
        }
        if let encoding {
            return (try read(TextFileEncoding.converted(bytes, from: encoding, name: file, how: "as given by \(option)",
                                                        option: option)), true)
        }
        let failure: GlossaryError
        do {
            return (try read(bytes), false)
        } catch {
            failure = error
        }
        guard failure.kind == .encoding,
              let chosen = try TextFileEncoding.choose(for: bytes, name: file, failure: "\(failure)", option: option)
        else { throw failure }
        return (try read(TextFileEncoding.converted(bytes, from: chosen.name, name: file, how: chosen.how, option: option)), true)
    }
}
