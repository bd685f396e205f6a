import CTermAlignSystem
import Testing

/// The tool's one-arena malloc setting reaches the C library (where it is glibc).
struct MallocSettingTests {
    @Test func glibcAcceptsOneArena() {
        #if canImport(Glibc)
        #expect(ta_malloc_use_one_arena() == 1)
        #else
        #expect(ta_malloc_use_one_arena() == 0)
        #endif
    }

    @Test func trimmingReturnsFreedPages() {
        // A large block, touched and freed below the top of the heap, leaves pages to give back.
        let kept = UnsafeMutableRawPointer.allocate(byteCount: 64, alignment: 16)
        let freed = UnsafeMutableRawPointer.allocate(byteCount: 100_000, alignment: 16)
        let pinned = UnsafeMutableRawPointer.allocate(byteCount: 64, alignment: 16)
        freed.initializeMemory(as: UInt8.self, repeating: 1, count: 100_000)
        freed.deallocate()
        #if canImport(Glibc)
        #expect(ta_malloc_trim() == 1)
        #else
        #expect(ta_malloc_trim() == 0)
        #endif
        kept.deallocate()
        pinned.deallocate()
    }
}
