/// Fixed-point numbers written the same way by every report, without locale or `printf`.
package enum DecimalText {
    /// `value` rounded to `places` decimals ("0.970"), or nil when it is not finite.
    package static func format(_ value: Double, places: Int) -> String? {
        guard value.isFinite else { return nil }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        let whole = Int(scaled / scale)
        var text = (value < 0 && scaled > 0 ? "-" : "") + String(whole)
        if places > 0 {
            let digits = String(Int(scaled - Double(whole) * scale))
            text += "." + String(repeating: "0", count: places - digits.count) + digits
        }
        return text
    }
}
