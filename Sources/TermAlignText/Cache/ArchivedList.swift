import Synchronization

/// Elements kept in an archive's bytes and decoded one at a time when asked for: a glossary of
/// 100,000 concepts read back from the start-up cache decodes the few concepts a run finds, not
/// all of them. Decoded elements are kept, so each is decoded once.
///
/// The bytes passed the cache's checksum; an element that still fails to decode stops the process
/// with a message that names the way out (a cache file can be deleted; nothing else can be done
/// with it).
package final class ArchivedList<Element: Sendable>: @unchecked Sendable {
    /// The number of elements.
    package let count: Int
    private let blob: UnsafeRawBufferPointer
    private let offsets: UnsafeRawBufferPointer
    /// What keeps `blob` and `offsets` valid: a mapped file, or the copy this list made.
    private let keeper: AnyObject
    private let decode: @Sendable (inout BinaryArchiveReader) throws(BinaryArchiveReader.Damaged) -> Element
    private let decoded = Mutex<[Int: Element]>([:])

    init(count: Int, blob: UnsafeRawBufferPointer, offsets: UnsafeRawBufferPointer, keeper: AnyObject,
         decode: @escaping @Sendable (inout BinaryArchiveReader) throws(BinaryArchiveReader.Damaged) -> Element) {
        self.count = count
        self.blob = blob
        self.offsets = offsets
        self.keeper = keeper
        self.decode = decode
    }

    /// A list over its own copy of `blob` and `offsets`, for bytes that do not outlive the reader.
    convenience init(copying count: Int, blob: UnsafeRawBufferPointer, offsets: UnsafeRawBufferPointer,
                     decode: @escaping @Sendable (inout BinaryArchiveReader) throws(BinaryArchiveReader.Damaged) -> Element) {
        let copy = OwnedBytes(blob, offsets)
        self.init(count: count, blob: copy.blob, offsets: copy.offsets, keeper: copy, decode: decode)
    }

    /// Whether every element's bytes lie inside the list's, in order.
    var offsetsAreOrdered: Bool {
        var previous: UInt64 = 0
        for index in 0...count {
            let offset = offset(index)
            guard offset >= previous, offset <= UInt64(blob.count) else { return false }
            previous = offset
        }
        return offset(0) == 0
    }

    private func offset(_ index: Int) -> UInt64 {
        UInt64(littleEndian: offsets.loadUnaligned(fromByteOffset: 8 * index, as: UInt64.self))
    }

    /// The element at `index`, decoded on first use.
    package subscript(index: Int) -> Element {
        precondition(index >= 0 && index < count, "index \(index) out of an archived list of \(count)")
        if let known = decoded.withLock({ $0[index] }) { return known }
        var input = BinaryArchiveReader(UnsafeRawBufferPointer(rebasing: blob[Int(offset(index))..<Int(offset(index + 1))]))
        guard let element = try? decode(&input), input.isAtEnd else {
            fatalError("TermAlign's start-up cache holds a damaged entry; delete the cache folder (\(StartupCache.directory ?? "none")) or run with --no-cache")
        }
        decoded.withLock { $0[index] = element }
        return element
    }
}

/// The bytes of an ``ArchivedList`` that holds its own copy.
private final class OwnedBytes {
    let storage: UnsafeMutableRawBufferPointer
    let blob: UnsafeRawBufferPointer
    let offsets: UnsafeRawBufferPointer

    init(_ blob: UnsafeRawBufferPointer, _ offsets: UnsafeRawBufferPointer) {
        storage = .allocate(byteCount: blob.count + offsets.count, alignment: 8)
        storage.copyMemory(from: blob)
        UnsafeMutableRawBufferPointer(rebasing: storage[blob.count...]).copyMemory(from: offsets)
        self.blob = UnsafeRawBufferPointer(rebasing: storage[..<blob.count])
        self.offsets = UnsafeRawBufferPointer(rebasing: storage[blob.count...])
    }

    deinit { storage.deallocate() }
}
