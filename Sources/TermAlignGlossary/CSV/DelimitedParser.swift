/// Splits CSV or TSV (RFC 4180 quoting with either delimiter) into rows of cells, each row with the
/// line it starts on. Blank lines are skipped.
struct DelimitedParser {
    struct Row {
        let line: Int
        let cells: [String]
    }

    let bytes: [UInt8]
    let file: String
    let delimiter: UInt8

    func rows() throws(GlossaryError) -> [Row] {
        var rows: [Row] = []
        var cells: [String] = []
        var cell: [UInt8] = []
        var line = 1
        var rowLine = 1
        var index = 0
        var quotedCell = false

        func fail(_ offset: Int, _ message: String) -> GlossaryError {
            var lines = LineIndex(bytes: bytes, file: file)
            return lines.error(.syntax, at: offset, message)
        }
        func endRow() {
            if !(cells.isEmpty && cell.isEmpty && !quotedCell) {
                cells.append(String(decoding: cell, as: UTF8.self))
                rows.append(Row(line: rowLine, cells: cells))
            }
            cells.removeAll()
            cell.removeAll()
            quotedCell = false
        }

        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") && cell.isEmpty && !quotedCell {
                let start = index
                quotedCell = true
                index += 1
                while true {
                    guard index < bytes.count else { throw fail(start, "unterminated quoted cell (a '\"' is missing)") }
                    if bytes[index] == UInt8(ascii: "\"") {
                        if index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\"") {
                            cell.append(UInt8(ascii: "\""))
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    if bytes[index] == UInt8(ascii: "\n") {
                        line += 1
                    }
                    cell.append(bytes[index])
                    index += 1
                }
                if index < bytes.count, ![delimiter, UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(bytes[index]) {
                    throw fail(index, "text after a closing quote: quote the whole cell and double inner quotes")
                }
                continue
            }
            switch byte {
            case delimiter:
                cells.append(String(decoding: cell, as: UTF8.self))
                cell.removeAll()
                quotedCell = false
            case UInt8(ascii: "\r") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n"):
                break
            case UInt8(ascii: "\n"):
                endRow()
                line += 1
                rowLine = line
            default:
                if quotedCell { throw fail(index, "text after a closing quote: quote the whole cell and double inner quotes") }
                cell.append(byte)
            }
            index += 1
        }
        endRow()
        return rows
    }
}
