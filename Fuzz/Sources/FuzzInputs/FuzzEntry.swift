import TermAlign

/// libFuzzer's entry point: the first byte picks a reader (HTML, XLIFF, TMX, .docx, .odt), the rest is
/// the file. A reader may refuse the bytes with an ``InputError``, never crash; what it reads is a
/// text every offset of which maps into the source, and a document when it is text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    let formats: [InputFormat] = [.html, .xliff, .tmx, .docx, .odt]
    let format = formats[Int(data[0]) % formats.count]
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    if format.isBilingual {
        guard let versions = try? InputReader.alignedVersions(of: bytes, format: format, file: "fuzz") else { return 0 }
        for unit in versions.units {
            precondition(unit.ranges.count == versions.documents.count, "a unit with a range per version")
        }
        _ = try? Alignment(documents: versions.documents, given: versions.units)
        return 0
    }
    guard let (text, origin) = try? InputReader.text(of: bytes, format: format, file: "fuzz") else { return 0 }
    for offset in stride(from: 0, through: text.count, by: max(1, text.count / 64)) {
        if let mapped = origin.sourceOffset(of: offset) { precondition(mapped >= 0, "a source offset is never negative") }
    }
    _ = try? Document(bytes: text, language: .en)
    return 0
}
