/// A file format for glossaries.
public enum GlossaryFormat: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// TermAlign's human-edited YAML (the format of `glossaries/`).
    case yaml
    /// TBX: v3 (ISO 30042:2019) Basic read and written, v2 (`martif`) read.
    case tbx
    /// Comma-separated values, a row per term.
    case csv
    /// Tab-separated values, a row per term.
    case tsv

    /// The format a file name's extension names (".yaml", ".yml", ".tbx", ".xml", ".csv", ".tsv", ".tab").
    ///
    /// - Parameter path: A file path.
    public init?(path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "yaml", "yml": self = .yaml
        case "tbx", "xml": self = .tbx
        case "csv": self = .csv
        case "tsv", "tab": self = .tsv
        default: return nil
        }
    }

    /// The format of content without a telling name: XML if it starts with `<` (after a byte order
    /// mark and white space), otherwise YAML.
    ///
    /// - Parameter bytes: The start of the content.
    public static func sniff(_ bytes: [UInt8]) -> GlossaryFormat {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return .tbx }
        let content = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        let first = content.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        return first == UInt8(ascii: "<") ? .tbx : .yaml
    }

    /// The usual file extension.
    public var fileExtension: String { rawValue }

    /// The format name.
    public var description: String { rawValue }
}
