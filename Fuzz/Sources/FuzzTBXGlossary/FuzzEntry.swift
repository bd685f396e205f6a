import GlossaryFuzzing
import TermAlign

/// libFuzzer's entry point: the bytes as a TBX glossary (see `fuzzGlossaryReader`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    fuzzGlossaryReader(.tbx, data, size)
    return 0
}
