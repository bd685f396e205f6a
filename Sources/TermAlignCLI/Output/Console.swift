#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Messages for people: standard error, and number formatting without Foundation.
enum Console {
    /// Writes a line to standard error (unbuffered, so it interleaves correctly with output).
    static func error(_ message: String) {
        var line = message + "\n"
        line.withUTF8 { bytes in
            var written = 0
            while written < bytes.count {
                let result = write(STDERR_FILENO, bytes.baseAddress! + written, bytes.count - written)
                if result <= 0 { return }
                written += result
            }
        }
    }

    /// `value` with `places` decimals, rounded half away from zero ("12.5", "3").
    static func decimal(_ value: Double, places: Int = 0) -> String {
        guard value.isFinite else { return "-" }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        let whole = Int(scaled / scale)
        var text = (value < 0 && scaled > 0 ? "-" : "") + String(whole)
        if places > 0 {
            let fraction = Int(scaled - Double(whole) * scale)
            let digits = String(fraction)
            text += "." + String(repeating: "0", count: places - digits.count) + digits
        }
        return text
    }

    /// Right-aligns `text` in `width` columns (at least one space before it).
    static func right(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(1, width - text.count)) + text
    }

    /// Left-aligns `text` in `width` columns.
    static func left(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}

extension Console {
    /// A progress line on standard error, rewritten in place; `done` ends it.
    static func progress(_ message: String, done: Bool) {
        let line = "\r\u{1B}[2K" + message + (done ? "\n" : "")
        let bytes = Array(line.utf8)
        _ = bytes.withUnsafeBufferPointer { write(STDERR_FILENO, $0.baseAddress!, $0.count) }
    }
}
