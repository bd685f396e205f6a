import TermAlign

/// One analyzer for the whole run: opening the dictionaries per input would dominate.
let analyzer = try! TextAnalyzer()

/// libFuzzer's entry point: any bytes, read as a document the lossy way (so that ill-formed UTF-8 goes
/// through every stage too), analyzed fully; every reported range must slice to whole characters and
/// the key of the key must be the key.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let document = try? Document(bytes: bytes, policy: .lossy) else { return 0 }
    guard let analyzed = try? analyzer.analyze(document) else { fatalError("analysis failed") }
    var previousEnd = 0
    for token in analyzed.tokens {
        precondition(token.range.upperBound <= bytes.count && !token.range.isEmpty, "token range out of bounds")
        precondition(token.range.lowerBound >= previousEnd, "tokens overlap in the input")
        previousEnd = token.range.upperBound
    }
    for sentence in analyzed.sentences {
        precondition(analyzed.paragraphs[sentence.paragraph].range.contains(sentence.range), "sentence outside its paragraph")
    }
    let key = analyzed.normalized.keyString
    precondition(Normalizer().key(for: key) == key, "normalization is not idempotent")
    // Strict reading must agree with lossy reading about whether the input is UTF-8.
    let strict = try? Document(bytes: bytes)
    precondition((strict == nil) == !document.replacements.isEmpty, "strict and lossy disagree")
    return 0
}
