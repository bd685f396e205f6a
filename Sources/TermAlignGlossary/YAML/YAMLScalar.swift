/// How a string is written in YAML: plain when that reads back as the same string in any YAML 1.1 or
/// 1.2 reader, double-quoted with escapes otherwise.
package enum YAMLScalar {
    private static let reserved: Set<String> = [
        "null", "~", "true", "false", "yes", "no", "on", "off", "y", "n",
    ]
    private static let indicators: Set<Unicode.Scalar> = [
        "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", "+", ".",
    ]

    static func render(_ text: String, inFlow: Bool = false) -> String {
        isPlainSafe(text, inFlow: inFlow) ? text : quoted(text)
    }

    /// Decided on scalars, as a YAML reader sees the text: "#" followed by a combining mark is one
    /// character, but still a comment after a space.
    static func isPlainSafe(_ text: String, inFlow: Bool) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first, let last = scalars.last else { return false }
        if first.properties.isWhitespace || last.properties.isWhitespace || indicators.contains(first)
            || first.properties.numericType != nil {
            return false
        }
        if last == ":" || reserved.contains(text.lowercased()) { return false }
        for index in scalars.indices.dropLast() {
            let (this, next) = (scalars[index], scalars[index + 1])
            if this == ":" && (next == " " || next == "\t") { return false }
            if next == "#" && (this == " " || this == "\t") { return false }
        }
        if inFlow && scalars.contains(where: { ",[]{}".unicodeScalars.contains($0) }) { return false }
        return !scalars.contains { scalar in
            scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x85 || scalar.value == 0xFEFF
                || scalar.value == 0x2028 || scalar.value == 0x2029 || (0x80...0x9F).contains(scalar.value)
        }
    }

    package static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case "\u{85}": result += "\\N"
            case "\u{2028}": result += "\\L"
            case "\u{2029}": result += "\\P"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) || scalar.value == 0xFEFF {
                    result += "\\u" + hex(scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
