import GlossaryFuzzing
import TermAlign

/// libFuzzer's entry point: the bytes as a CSV glossary (see `fuzzGlossaryReader`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    fuzzGlossaryReader(.csv, data, size)
    return 0
}
