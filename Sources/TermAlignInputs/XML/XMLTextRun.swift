@_spi(Engine) import TermAlignText

extension TextBuilder {
    /// Appends character data the XML scanner decoded from the source bytes starting at `source`:
    /// stretches the source holds as they are map one for one; a reference (`&amp;`, `&#171;`), a CDATA
    /// boundary or a CR LF pair gets an anchor of its own. A comment or processing instruction inside
    /// the text ends the exact map: what follows keeps the last anchor. With `collapse`, white space
    /// collapses as in ``append(_:range:source:collapse:)``.
    mutating func appendXMLText(_ decoded: String, source: Int, in xml: UnsafeBufferPointer<UInt8>, collapse: Bool = false) {
        var decoded = decoded
        // Most character data is the source as it is (no reference, CDATA or CR): copied whole.
        let plain = decoded.withUTF8 { text in
            let range = source..<source + text.count
            return range.upperBound <= xml.count
                && UTF8Scanning.firstIndex(of: UInt8(ascii: "&"), in: xml, range) == nil
                && UTF8Scanning.firstIndex(of: UInt8(ascii: "<"), in: xml, range) == nil
                && UTF8Scanning.firstIndex(of: 0x0D, in: xml, range) == nil
        }
        if plain {
            append(xml, range: source..<source + decoded.utf8.count, source: source, collapse: collapse)
            return
        }
        var text = Array(decoded.utf8)
        text.withUnsafeMutableBufferPointer { text in
            var read = 0
            var at = source
            var runStart = 0
            var runSource = source
            func flushRun() {
                if read > runStart { append(UnsafeBufferPointer(text), range: runStart..<read, source: runSource, collapse: collapse) }
            }
            while read < text.count {
                guard at < xml.count else { break }
                let byte = xml[at]
                if byte == text[read], byte != UInt8(ascii: "&"), byte != UInt8(ascii: "\r") {
                    read += 1
                    at += 1
                    continue
                }
                flushRun()
                if byte == UInt8(ascii: "&") {
                    guard let semicolon = (at..<min(xml.count, at + 40)).first(where: { xml[$0] == UInt8(ascii: ";") }) else { break }
                    let length = Self.scalarLength(text[read])
                    appendDecoded(text[read..<min(text.count, read + length)], source: at)
                    read += length
                    at = semicolon + 1
                } else if byte == UInt8(ascii: "\r") {
                    appendDecoded(text[read..<read + 1], source: at)
                    read += 1
                    at += at + 1 < xml.count && xml[at + 1] == 0x0A ? 2 : 1
                } else if xml[at...].starts(with: "<![CDATA[".utf8) {
                    at += 9
                } else if xml[at...].starts(with: "]]>".utf8) {
                    at += 3
                } else {
                    break
                }
                runStart = read
                runSource = at
            }
            flushRun()
            if read < text.count { appendDecoded(text[read...], source: at) }
        }
    }

    private static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }
}
