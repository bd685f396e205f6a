/// The lines of a manifest that hold something, with their 1-based numbers.
struct BatchLines {
    struct Item: Sendable {
        let line: Int
        let bytes: ArraySlice<UInt8>
    }

    let items: [Item]
    var count: Int { items.count }

    init(_ bytes: [UInt8]) {
        var items: [Item] = []
        var start = 0
        var line = 1
        for index in bytes.indices where bytes[index] == 0x0A {
            Self.add(bytes[start..<index], line: line, to: &items)
            start = index + 1
            line += 1
        }
        Self.add(bytes[start...], line: line, to: &items)
        self.items = items
    }

    private static func add(_ bytes: ArraySlice<UInt8>, line: Int, to items: inout [Item]) {
        var trimmed = bytes
        while let last = trimmed.last, last == 0x0D || last == 0x20 || last == 0x09 { trimmed.removeLast() }
        while let first = trimmed.first, first == 0x20 || first == 0x09 || first == 0xEF || first == 0xBB || first == 0xBF {
            trimmed.removeFirst()
        }
        if !trimmed.isEmpty { items.append(Item(line: line, bytes: trimmed)) }
    }
}
