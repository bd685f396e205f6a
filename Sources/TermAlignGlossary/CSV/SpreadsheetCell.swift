/// Cells that a spreadsheet would evaluate: one that starts with `=`, `+`, `-` or `@` (or a tab or
/// carriage return) is a formula to Excel, LibreOffice and Google Sheets, which may run commands or
/// fetch addresses when the file is opened. Such a cell is written with a leading apostrophe, which
/// spreadsheets show as text and hide; the reader takes it off again, so a round trip is lossless.
///
/// A value that already starts with apostrophes before such a character gets one more, so that
/// the reader can tell it from a neutralized cell.
package enum SpreadsheetCell {
    private static let triggers: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"),
                                               UInt8(ascii: "@"), 0x09, 0x0D]

    /// Whether the text, after any leading apostrophes, starts with a character that starts a formula.
    private static func startsLikeFormula(_ text: String) -> Bool {
        guard let first = text.utf8.first(where: { $0 != UInt8(ascii: "'") }) else { return false }
        return triggers.contains(first)
    }

    /// `text` as a cell a spreadsheet shows as text.
    package static func neutralized(_ text: String) -> String {
        startsLikeFormula(text) ? "'" + text : text
    }

    /// A cell as read back: the apostrophe ``neutralized(_:)`` added taken off.
    package static func restored(_ cell: String) -> String {
        guard cell.utf8.first == UInt8(ascii: "'"), startsLikeFormula(cell) else { return cell }
        return String(cell.dropFirst())
    }
}
