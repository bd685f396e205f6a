/// A word that mixes scripts with letters that look like letters of its main script: "Сrimea" with a
/// Cyrillic С, "прoблема" with a Latin o.
public struct ConfusableToken: Hashable, Sendable {
    /// One letter from outside the word's main script.
    public struct Letter: Hashable, Sendable {
        /// Its original bytes.
        public let range: ByteRange
        /// The letter.
        public let scalar: Unicode.Scalar
        /// Its script.
        public let script: Script
        /// The letter of the main script it looks like, when there is one.
        public let looksLike: Unicode.Scalar?

        /// "U+0421".
        public var codePoint: String {
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
    }

    /// The word's original bytes.
    public let range: ByteRange
    /// The script most of its letters are in.
    public let mainScript: Script
    /// Every script among its letters, main script first, then by ICU code.
    public let scripts: [Script]
    /// The letters from other scripts that have a look-alike in the main script.
    public let letters: [Letter]
}
