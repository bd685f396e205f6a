/// Columns of plain text for people: padding counted in characters.
package enum TextColumns {
    /// Right-aligns `text` in `width` columns (at least one space before it).
    package static func right(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(1, width - text.count)) + text
    }

    /// Left-aligns `text` in `width` columns.
    package static func left(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
