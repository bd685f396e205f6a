#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

import TermAlignReports

/// Messages for people: standard error, and number formatting without Foundation.
package enum Console {
    /// Writes a line to standard error (unbuffered, so it interleaves correctly with output).
    package static func error(_ message: String) {
        var line = visible(message) + "\n"
        line.withUTF8 { bytes in
            var written = 0
            while written < bytes.count {
                let result = write(STDERR_FILENO, bytes.baseAddress! + written, bytes.count - written)
                if result <= 0 { return }
                written += result
            }
        }
    }

    /// `text` with its control characters (but line feed and tab) as visible symbols: messages
    /// quote file names and the content of inputs, which must not act on the terminal.
    package static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var shown = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if !isControl(scalar) {
                shown.append(scalar)
            } else if scalar.value < 0x20 {
                shown.append(Unicode.Scalar(0x2400 + scalar.value)!)
            } else {
                shown.append(scalar.value == 0x7F ? "\u{2421}" : "\u{FFFD}")
            }
        }
        return String(shown)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (scalar.value >= 0x7F && scalar.value < 0xA0)
    }

    /// `value` with `places` decimals, rounded half away from zero ("12.5", "3").
    package static func decimal(_ value: Double, places: Int = 0) -> String {
        DecimalText.format(value, places: places) ?? "-"
    }

    /// Right-aligns `text` in `width` columns (at least one space before it).
    package static func right(_ text: String, _ width: Int) -> String { TextColumns.right(text, width) }

    /// Left-aligns `text` in `width` columns.
    package static func left(_ text: String, _ width: Int) -> String { TextColumns.left(text, width) }
}

extension Console {
    /// A progress line on standard error, rewritten in place; `done` ends it.
    package static func progress(_ message: String, done: Bool) {
        let line = "\r\u{1B}[2K" + message + (done ? "\n" : "")
        let bytes = Array(line.utf8)
        _ = bytes.withUnsafeBufferPointer { write(STDERR_FILENO, $0.baseAddress!, $0.count) }
    }
}
