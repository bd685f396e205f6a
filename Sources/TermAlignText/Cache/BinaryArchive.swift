/// Writes values into the byte layout the start-up cache keeps compiled structures in: integers
/// in seven-bit groups, arrays of fixed-width numbers as one length and their bytes (read back in one copy),
/// strings as a length and their UTF-8. The writer and ``BinaryArchiveReader`` are the two halves of
/// each archived type's format, so they are written side by side in the type's own file.
package struct BinaryArchiveWriter {
    package private(set) var bytes: [UInt8] = []

    package init() {}

    /// An integer in as few bytes as it needs (seven bits a byte, zigzag for the sign): nearly
    /// every count and length of a glossary fits one byte.
    package mutating func integer(_ value: Int) {
        var rest = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    package mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    package mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            integer(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    package mutating func optional(_ value: String?) {
        bool(value != nil)
        if let value { string(value) }
    }

    package mutating func strings(_ values: [String]) {
        integer(values.count)
        for value in values { string(value) }
    }

    /// An array of fixed-width numbers (Int32, UInt32, UInt64, UInt8), copied as it is in memory:
    /// the cache is read only by the build that wrote it, on the same machine.
    package mutating func numbers<Number: FixedWidthInteger>(_ values: [Number]) {
        integer(values.count)
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    package mutating func bools(_ values: [Bool]) {
        numbers(values.map { $0 ? UInt8(1) : 0 })
    }

    /// Elements that are read back one at a time, when used (``BinaryArchiveReader/list(_:)``):
    /// their number, their bytes, then where each starts and where the last ends.
    package mutating func list<Elements: Collection>(_ elements: Elements, _ write: (Elements.Element, inout BinaryArchiveWriter) -> Void) {
        var blob = BinaryArchiveWriter()
        var offsets: [UInt64] = [0]
        offsets.reserveCapacity(elements.count + 1)
        for element in elements {
            write(element, &blob)
            offsets.append(UInt64(blob.bytes.count))
        }
        integer(elements.count)
        integer(blob.bytes.count)
        bytes.append(contentsOf: blob.bytes)
        offsets.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    /// Lists of numbers, as one flat array and the lists' starts.
    package mutating func lists(_ values: [[Int32]]) {
        var starts: [Int32] = [0]
        starts.reserveCapacity(values.count + 1)
        var flat: [Int32] = []
        for list in values {
            flat.append(contentsOf: list)
            starts.append(Int32(flat.count))
        }
        numbers(starts)
        numbers(flat)
    }
}

/// Reads what ``BinaryArchiveWriter`` wrote, checking every length against the bytes left: a file
/// cut or damaged past its checksum gives ``Damaged``, never a crash.
package struct BinaryArchiveReader {
    /// The archive does not hold what its reader expects.
    package struct Damaged: Error {
        package init() {}
    }

    private let base: UnsafeRawBufferPointer
    private var at = 0
    /// What keeps `base` valid beyond the reader's use, if anything: lists read with
    /// ``list(_:)`` hold it rather than copy their bytes.
    private let keeper: AnyObject?

    /// Reads `base`, which must stay valid while the reader is used.
    package init(_ base: UnsafeRawBufferPointer) {
        self.base = base
        keeper = nil
    }

    /// Reads `base`, which stays valid as long as `keeper` lives (a ``MappedFile``, say).
    package init(_ base: UnsafeRawBufferPointer, keeping keeper: AnyObject) {
        self.base = base
        self.keeper = keeper
    }

    /// Whether every byte has been read (a longer archive is as damaged as a shorter one).
    package var isAtEnd: Bool { at == base.count }

    package mutating func integer() throws(Damaged) -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard at < base.count, shift < 64 else { throw Damaged() }
            let byte = base[at]
            at += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1))
    }

    package mutating func count(width: Int = 1) throws(Damaged) -> Int {
        let count = try integer()
        guard count >= 0, count <= (base.count - at) / max(1, width) else { throw Damaged() }
        return count
    }

    package mutating func bool() throws(Damaged) -> Bool {
        guard at < base.count, base[at] <= 1 else { throw Damaged() }
        at += 1
        return base[at - 1] == 1
    }

    package mutating func string() throws(Damaged) -> String {
        let count = try count()
        defer { at += count }
        return String(decoding: UnsafeRawBufferPointer(rebasing: base[at..<at + count]), as: UTF8.self)
    }

    package mutating func optional() throws(Damaged) -> String? {
        try bool() ? try string() : nil
    }

    package mutating func strings() throws(Damaged) -> [String] {
        let count = try count()
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try string()) }
        return values
    }

    // One entry point per width, so that callers in other modules get the specialized copy rather
    // than the generic one (which looks up type metadata for every array).
    package mutating func int32s() throws(Damaged) -> [Int32] { try numbers(Int32.self) }
    package mutating func uint32s() throws(Damaged) -> [UInt32] { try numbers(UInt32.self) }
    package mutating func uint64s() throws(Damaged) -> [UInt64] { try numbers(UInt64.self) }
    package mutating func bytes() throws(Damaged) -> [UInt8] { try numbers(UInt8.self) }

    private mutating func numbers<Number: FixedWidthInteger>(_: Number.Type) throws(Damaged) -> [Number] {
        let width = MemoryLayout<Number>.stride
        let count = try count(width: width)
        guard count > 0 else { return [] }
        let values = [Number](unsafeUninitializedCapacity: count) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: base[at..<at + count * width]))
            initialized = count
        }
        at += count * width
        return values
    }

    package mutating func bools() throws(Damaged) -> [Bool] {
        let bytes = try bytes()
        guard bytes.allSatisfy({ $0 <= 1 }) else { throw Damaged() }
        return bytes.map { $0 == 1 }
    }

    /// A list that ``BinaryArchiveWriter/list(_:_:)`` wrote, its elements left to be decoded by
    /// `decode` when used. The elements' bytes are copied only when nothing keeps them.
    package mutating func list<Element: Sendable>(
        _ decode: @escaping @Sendable (inout BinaryArchiveReader) throws(Damaged) -> Element
    ) throws(Damaged) -> ArchivedList<Element> {
        let elements = try count(width: 8)
        let length = try count()
        let blob = UnsafeRawBufferPointer(rebasing: base[at..<at + length])
        at += length
        guard (base.count - at) / 8 >= elements + 1 else { throw Damaged() }
        let offsets = UnsafeRawBufferPointer(rebasing: base[at..<at + 8 * (elements + 1)])
        at += 8 * (elements + 1)
        let list = keeper.map { ArchivedList(count: elements, blob: blob, offsets: offsets, keeper: $0, decode: decode) }
            ?? ArchivedList(copying: elements, blob: blob, offsets: offsets, decode: decode)
        guard list.offsetsAreOrdered else { throw Damaged() }
        return list
    }

    package mutating func lists() throws(Damaged) -> [[Int32]] {
        let starts = try int32s()
        let flat = try int32s()
        guard let first = starts.first, first == 0, starts.last == Int32(flat.count),
              zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 }) else { throw Damaged() }
        return (0..<starts.count - 1).map { Array(flat[Int(starts[$0])..<Int(starts[$0 + 1])]) }
    }
}
