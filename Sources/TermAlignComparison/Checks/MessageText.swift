/// A finding's message built as UTF-8 bytes in storage kept from message to message: appending to a
/// `String` checked and grew its storage piece by piece, and the checks write tens of thousands of
/// messages.
struct MessageText {
    private var bytes: [UInt8] = []

    init(capacity: Int = 256) { bytes.reserveCapacity(capacity) }

    /// Empties the message, keeping its storage.
    mutating func reset() { bytes.removeAll(keepingCapacity: true) }

    mutating func append(_ text: String) {
        let copied: Void? = text.utf8.withContiguousStorageIfAvailable { bytes.append(contentsOf: $0) }
        if copied == nil { bytes.append(contentsOf: text.utf8) }
    }

    /// The message as a string.
    var string: String { String(decoding: bytes, as: UTF8.self) }
}
