import TermAlignGlossary
import TermAlignText

/// Reads the units of an XLIFF 1.2 or 2.x file (source and target of each `trans-unit` or each
/// `segment` of a `unit`) or of a TMX 1.4 file (each `tuv` of each `tu`). Native codes inside the
/// text (`ph`, `bpt`, `ept`, `it`, `ut`) are not text and are left out; the text of marked spans
/// (`mrk`, `pc`, `g`, `hi`) is kept. Alternative translations (`alt-trans`) and notes are not read.
struct AlignedFileReader {
    private static let nativeCodes: Set<String> = ["ph", "bpt", "ept", "it", "ut", "sub", "originalData", "data"]

    private let xml: [UInt8]
    private let file: String
    private let format: InputFormat
    private var versions = AlignedVersionsBuilder()
    private var stack: [String] = []
    /// XLIFF: the languages declared for source and target.
    private var sourceLanguage: String?
    private var targetLanguage: String?
    /// The unit being read: its id, and its segments' pieces (XLIFF 2 units may hold several).
    private var unitID: String?
    private var segments: [[(language: String, text: TextBuilder)]] = []
    private var pieces: [(language: String, text: TextBuilder)] = []
    /// TMX: the language of the `tuv` being read.
    private var variantLanguage: String?
    private var capture: (language: String, text: TextBuilder, depth: Int)?
    private var skipDepth = 0
    private var sawRoot = false

    init(xml: [UInt8], file: String, format: InputFormat) {
        self.xml = xml
        self.file = file
        self.format = format
    }

    /// Reads the file.
    ///
    /// - Throws: ``InputError`` for malformed XML, a root that is not the format's, or a file with
    ///   fewer than two languages that have text.
    mutating func read() throws(InputError) -> AlignedVersions {
        var scanner = XMLScanner(bytes: xml, file: file, limits: XMLLimits())
        do {
            while let event = try scanner.next() {
                switch event {
                case let .start(name, attributes, offset):
                    try start(Self.localName(name), attributes: attributes, offset: offset, scanner: &scanner)
                case let .end(name, _):
                    end(Self.localName(name))
                case let .text(text, offset, _):
                    guard skipDepth == 0, capture != nil else { continue }
                    xml.withUnsafeBufferPointer { capture!.text.appendXMLText(text, source: offset, in: $0) }
                }
            }
        } catch let error as InputError {
            throw error
        } catch let error as GlossaryError {
            throw InputError(error, file: file, part: nil)
        } catch {
            throw InputError(.malformed, file: file, message: "\(error)")
        }
        return try versions.build(source: xml, file: file, format: format)
    }

    private mutating func start(_ name: String, attributes: [XMLAttribute], offset: Int,
                                scanner: inout XMLScanner) throws(InputError) {
        defer { stack.append(name) }
        let value = { (key: String) in attributes.first { $0.name == key }?.value }
        if !sawRoot {
            sawRoot = true
            let expected = format == .tmx ? "tmx" : "xliff"
            guard name == expected else {
                throw InputError(.structure, file: file, location: scanner.location(of: offset),
                                 message: "the root element is <\(name)>, not <\(expected)>: this is not a \(format == .tmx ? "TMX" : "XLIFF") file")
            }
            sourceLanguage = value("srcLang")
            targetLanguage = value("trgLang")
            return
        }
        if skipDepth > 0 || (capture != nil && Self.nativeCodes.contains(name)) {
            skipDepth += 1
            return
        }
        let parent = stack.last ?? ""
        switch (format, name) {
        case (.xliff, "file"):
            sourceLanguage = value("source-language") ?? sourceLanguage
            targetLanguage = value("target-language") ?? targetLanguage
        case (.xliff, "trans-unit"), (.xliff, "unit"), (.tmx, "tu"):
            unitID = value(format == .tmx ? "tuid" : "id") ?? ""
            segments = []
            pieces = []
        case (.xliff, "segment"):
            pieces = []
        case (.xliff, "source") where parent == "trans-unit" || parent == "segment",
             (.xliff, "target") where parent == "trans-unit" || parent == "segment":
            let language = name == "source" ? sourceLanguage : (value("xml:lang") ?? targetLanguage)
            guard let language else {
                throw InputError(.structure, file: file, location: scanner.location(of: offset),
                                 message: "the file does not say the \(name) language (\(name == "source" ? "srcLang or source-language" : "trgLang or target-language")): add it, then read the file again")
            }
            capture = (language, TextBuilder(), stack.count + 1)
        case (.tmx, "tuv"):
            variantLanguage = value("xml:lang") ?? value("lang")
        case (.tmx, "seg") where parent == "tuv":
            guard let language = variantLanguage else {
                throw InputError(.structure, file: file, location: scanner.location(of: offset),
                                 message: "a <tuv> without xml:lang: say the language of every variant")
            }
            capture = (language, TextBuilder(), stack.count + 1)
        default:
            break
        }
    }

    private mutating func end(_ name: String) {
        defer { stack.removeLast() }
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        if let open = capture, open.depth == stack.count {
            pieces.append((open.language, open.text))
            capture = nil
            return
        }
        switch (format, name) {
        case (.xliff, "segment"):
            segments.append(pieces)
            pieces = []
        case (.xliff, "trans-unit"), (.xliff, "unit"), (.tmx, "tu"):
            if !pieces.isEmpty { segments.append(pieces) }
            let id = unitID ?? ""
            for (index, segment) in segments.enumerated() {
                versions.add(id: segments.count == 1 ? id : "\(id).\(index + 1)", pieces: segment)
            }
            segments = []
            pieces = []
            unitID = nil
        default:
            break
        }
    }

    /// `xliff:source` → `source`: the readers match names without the prefix a file may give them.
    private static func localName(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":"), !name.hasPrefix("xml:") else { return name }
        return String(name[name.index(after: colon)...])
    }
}
