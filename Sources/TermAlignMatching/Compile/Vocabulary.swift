#if canImport(Glibc)
import Glibc
#endif
@_spi(Engine) import TermAlignText

/// The lemma keys of one language's terms, numbered: a key's symbol is its position. Kept as the
/// keys' UTF-8 one after another and a hash index over them, so that reading a large termbase back
/// from the start-up cache copies a few arrays instead of building a string and a dictionary
/// entry per word. A hit in the index is confirmed against the key's bytes; the rare key whose hash
/// another key already has is kept aside and looked up by its text.
struct Vocabulary: Sendable {
    /// The keys' UTF-8, one after another; key `s` is `bytes[starts[s]..<starts[s + 1]]`.
    let bytes: [UInt8]
    let starts: [UInt32]
    /// Hash of a key's UTF-8 → its symbol.
    let index: HashIndex
    /// Keys whose hash an earlier key has, by text.
    let collided: [String: Int32]

    /// Numbers `keys` in order.
    init(_ keys: [String]) {
        var bytes: [UInt8] = []
        var starts: [UInt32] = [0]
        var entries: [(key: UInt64, value: UInt32)] = []
        var seen = Set<UInt64>()
        var collided: [String: Int32] = [:]
        for (symbol, key) in keys.enumerated() {
            var key = key
            let hash = key.withUTF8 { utf8 in
                bytes.append(contentsOf: utf8)
                return Self.hash(UnsafeRawBufferPointer(utf8))
            }
            starts.append(UInt32(bytes.count))
            if seen.insert(hash).inserted {
                entries.append((hash, UInt32(symbol)))
            } else {
                collided[key] = Int32(symbol)
            }
        }
        self.init(bytes: bytes, starts: starts, index: HashIndex(entries), collided: collided)
    }

    init(bytes: [UInt8], starts: [UInt32], index: HashIndex, collided: [String: Int32]) {
        self.bytes = bytes
        self.starts = starts
        self.index = index
        self.collided = collided
    }

    /// The number of keys.
    var count: Int { starts.count - 1 }

    /// The symbol of `key`, if it is one of the keys.
    subscript(key: String) -> Int32? {
        var key = key
        let symbol = key.withUTF8 { utf8 -> Int32? in
            guard let found = index[Self.hash(UnsafeRawBufferPointer(utf8))] else { return nil }
            let start = Int(starts[Int(found)]), length = Int(starts[Int(found) + 1]) - start
            guard length == utf8.count else { return nil }
            guard length > 0 else { return Int32(found) }
            return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, utf8.baseAddress!, length) == 0 } ? Int32(found) : nil
        }
        return symbol ?? (collided.isEmpty ? nil : collided[key])
    }

    /// Never 0, which the index keeps as 1: two keys that met there would look like one.
    private static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 { max(1, StartupCache.fingerprint(bytes)) }
}
