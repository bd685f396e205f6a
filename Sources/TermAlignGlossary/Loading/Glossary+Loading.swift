import TermAlignText

extension Glossary {
    /// The largest glossary file read (offsets in source maps are 32-bit elsewhere in TermAlign).
    public static let maximumFileSize = Int(Int32.max) - 1

    /// Reads a glossary file.
    ///
    /// - Parameters:
    ///   - path: The file, or "-" for standard input.
    ///   - format: The format; by default from the extension, else sniffed from the content.
    ///   - limits: What XML may ask of the reader.
    ///   - progress: Called now and then with the fraction of the file read (large TBX files).
    /// - Throws: ``GlossaryError`` naming the file and, where there is one, the line and column.
    /// - Complexity: O(n) in the file size.
    public static func load(contentsOf path: String, format: GlossaryFormat? = nil, limits: XMLLimits = XMLLimits(),
                            progress: (@Sendable (Double) -> Void)? = nil) throws(GlossaryError) -> LoadedGlossary {
        let bytes: [UInt8]
        do {
            bytes = try FileReader.readAll(path: path, limit: maximumFileSize)
        } catch {
            throw GlossaryError(.unreadable, file: path, message: error.message)
        }
        let format = format ?? GlossaryFormat(path: path) ?? GlossaryFormat.sniff(bytes)
        return try load(bytes: bytes, file: path == "-" ? "<stdin>" : path, format: format,
                        limits: limits, progress: progress)
    }

    /// Reads a glossary from bytes.
    ///
    /// - Parameters:
    ///   - bytes: UTF-8 (with or without a byte order mark); TBX may also be UTF-16 with a byte order mark.
    ///   - file: The name used in errors and locations.
    ///   - format: The format.
    ///   - limits: What XML may ask of the reader.
    ///   - progress: Called now and then with the fraction read.
    /// - Throws: ``GlossaryError``.
    public static func load(bytes: [UInt8], file: String, format: GlossaryFormat, limits: XMLLimits = XMLLimits(),
                            progress: (@Sendable (Double) -> Void)? = nil) throws(GlossaryError) -> LoadedGlossary {
        let text = try decode(bytes, file: file)
        switch format {
        case .yaml: return try YAMLGlossaryReader(bytes: text, file: file).read()
        case .tbx:
            var reader = TBXReader(bytes: text, file: file, limits: limits, progress: progress)
            return try reader.read()
        case .csv, .tsv:
            return try CSVGlossaryReader(bytes: text, file: file, format: format).read()
        }
    }

    /// UTF-8 without a byte order mark, or an encoding error at the first ill-formed byte.
    private static func decode(_ bytes: [UInt8], file: String) throws(GlossaryError) -> [UInt8] {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return try transcodeUTF16(bytes, file: file)
        }
        if let bad = UTF8Validation.invalidSequences(in: bytes, stopAtFirst: true).first {
            let hexBytes = bytes[bad.lowerBound..<bad.upperBound].map { "0x" + String($0, radix: 16, uppercase: true) }
            var lines = LineIndex(bytes: bytes, file: file)
            throw lines.error(.encoding, at: bad.lowerBound, "invalid UTF-8 at byte offset \(bad.lowerBound) "
                              + "(\(hexBytes.joined(separator: " "))): save the glossary as UTF-8")
        }
        return bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
    }

    /// UTF-16 with a byte order mark, as some CAT tools write TBX, re-encoded as UTF-8.
    private static func transcodeUTF16(_ bytes: [UInt8], file: String) throws(GlossaryError) -> [UInt8] {
        let bigEndian = bytes[0] == 0xFE
        guard bytes.count % 2 == 0 else {
            throw GlossaryError(.encoding, file: file, message: "UTF-16 file with an odd number of bytes")
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 - 1)
        var index = 2
        while index < bytes.count {
            let (high, low) = bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            units.append(UInt16(high) << 8 | UInt16(low))
            index += 2
        }
        var output: [UInt8] = []
        output.reserveCapacity(units.count * 2)
        var decoder = UTF16()
        var iterator = units.makeIterator()
        var unitOffset = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar):
                unitOffset += scalar.value > 0xFFFF ? 2 : 1
                output.append(contentsOf: UTF8.encode(scalar)!)
            case .emptyInput:
                break loop
            case .error:
                throw GlossaryError(.encoding, file: file,
                                    message: "invalid UTF-16 at byte offset \(2 + unitOffset * 2): an unpaired surrogate")
            }
        }
        return output
    }
}
