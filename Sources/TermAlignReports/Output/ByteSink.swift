/// Where a report's bytes go: a file or standard output (the CLI's stream), or memory.
package protocol ByteSink: AnyObject {
    func write(_ text: String)
    func write<Bytes: Sequence<UInt8>>(bytes: Bytes)
    func write(byte: UInt8)
}

/// A report built in memory.
package final class ByteBuffer: ByteSink {
    package private(set) var bytes: [UInt8] = []

    package init() {}

    package func write(_ text: String) { bytes.append(contentsOf: text.utf8) }

    package func write<Bytes: Sequence<UInt8>>(bytes: Bytes) { self.bytes.append(contentsOf: bytes) }

    package func write(byte: UInt8) { bytes.append(byte) }

    package var string: String { String(decoding: bytes, as: UTF8.self) }
}
