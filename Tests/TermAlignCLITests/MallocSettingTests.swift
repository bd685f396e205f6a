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
}
