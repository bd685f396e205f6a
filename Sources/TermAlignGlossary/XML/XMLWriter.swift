/// Writes indented XML with every piece of text escaped, so content can never become markup.
struct XMLWriter {
    private(set) var output = ""
    private var depth = 0

    init() {
        output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    }

    mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        indent()
        output += "<\(name)\(Self.render(attributes))>\n"
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        indent()
        output += "</\(name)>\n"
    }

    /// `<name attributes>text</name>` on one line.
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String) {
        indent()
        output += "<\(name)\(Self.render(attributes))>\(Self.escape(text, attribute: false))</\(name)>\n"
    }

    private mutating func indent() {
        output += String(repeating: "  ", count: depth)
    }

    private static func render(_ attributes: KeyValuePairs<String, String>) -> String {
        attributes.map { " \($0.key)=\"\(escape($0.value, attribute: true))\"" }.joined()
    }

    /// Escapes markup characters, and the white space that XML would otherwise normalize away (CR in
    /// text; tab, CR and LF in attribute values), so a reader gets back exactly the string written.
    static func escape(_ text: String, attribute: Bool) -> String {
        var escaped = ""
        escaped.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"" where attribute: escaped += "&quot;"
            case "\r": escaped += "&#13;"
            case "\t" where attribute: escaped += "&#9;"
            case "\n" where attribute: escaped += "&#10;"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
