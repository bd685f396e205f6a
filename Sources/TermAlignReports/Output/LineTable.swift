/// Lines and columns of byte offsets asked for in any order: the start of every line, found once.
package struct LineTable: Sendable {
    private let bytes: [UInt8]
    private let starts: [Int]

    /// - Complexity: O(n) once.
    package init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == 0x0A { starts.append(index + 1) }
        self.starts = starts
    }

    /// The 1-based line and column (in Unicode scalars) of a byte offset.
    ///
    /// - Complexity: O(log lines + length of the line up to `offset`).
    package func location(of offset: Int) -> (line: Int, column: Int) {
        let offset = min(max(offset, 0), bytes.count)
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var column = 1
        for index in starts[low]..<offset where bytes[index] & 0xC0 != 0x80 { column += 1 }
        return (low + 1, column)
    }
}
