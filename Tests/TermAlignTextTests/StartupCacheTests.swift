import CTermAlignICU
import Foundation
import Testing
@testable import TermAlignText

/// What is kept between runs is read back only when it is intact and was written for the same key,
/// and the normalizer's table survives the round trip through its bytes.
struct StartupCacheTests {
    static let payload: [UInt8] = Array("a kept table".utf8) + [0, 1, 2, 255]

    @Test func aFileIsReadBackWithItsKeyOnly() {
        let file = Self.payload.withUnsafeBufferPointer { StartupCache.framed($0, key: "ICU 72.1; options 13") }
        #expect(StartupCache.payload(of: file, key: "ICU 72.1; options 13") == Self.payload)
        #expect(StartupCache.payload(of: file, key: "ICU 74.2; options 13") == nil, "another ICU")
        #expect(StartupCache.payload(of: file, key: "ICU 72.1; options 1") == nil)
    }

    @Test(arguments: [0, 7, 20, 40])
    func aDamagedOrCutFileIsNeverUsed(_ position: Int) {
        var file = Self.payload.withUnsafeBufferPointer { StartupCache.framed($0, key: "k") }
        let damaged = position < file.count ? position : file.count - 1
        file[damaged] ^= 0x40
        #expect(StartupCache.payload(of: file, key: "k") == nil)
        let whole = Self.payload.withUnsafeBufferPointer { StartupCache.framed($0, key: "k") }
        #expect(StartupCache.payload(of: Array(whole.dropLast()), key: "k") == nil)
        #expect(StartupCache.payload(of: whole + [0], key: "k") == nil)
    }

    @Test func theEnvironmentChoosesTheFolder() {
        #expect(StartupCache.defaultDirectory([:]) == nil, "a library keeps nothing unless told")
        #expect(StartupCache.defaultDirectory(["TERMALIGN_CACHE": "/var/cache/ta"]) == "/var/cache/ta")
        #expect(StartupCache.userDirectory(["HOME": "/home/u"]) == "/home/u/.cache/termalign")
        #expect(StartupCache.userDirectory(["HOME": "/home/u", "XDG_CACHE_HOME": "/x"]) == "/x/termalign")
        #expect(StartupCache.userDirectory(["HOME": "/home/u", "TERMALIGN_CACHE": "off"]) == nil)
    }

    @Test func theNormalizersTableSavesToBytesThatLoadAndRefusesOthers() throws {
        let options = Normalizer.tableOptions
        var length = 0
        var status: Int32 = 0
        let saved = try #require(ta_normalizer_table_save(options, &length, &status))
        defer { free(saved) }
        let bytes = Array(UnsafeBufferPointer(start: saved, count: length))
        #expect(length > 0x10000 * 4, "the entries and the phrase rules")
        // The process has its table already: good bytes are accepted (and the table kept), others not.
        #expect(bytes.withUnsafeBufferPointer { ta_normalizer_table_load(options, $0.baseAddress, $0.count) } == 1)
        var cut = bytes
        cut.removeLast(5)
        #expect(cut.withUnsafeBufferPointer { ta_normalizer_table_load(options, $0.baseAddress, $0.count) } == 0)
        var otherOptions = bytes
        otherOptions[8] ^= 1
        #expect(otherOptions.withUnsafeBufferPointer { ta_normalizer_table_load(options, $0.baseAddress, $0.count) } == 0)
        var badRule = bytes
        badRule[8 + 12 + 0x10000 * 4 + 4] = 200 // the first rule's length
        #expect(badRule.withUnsafeBufferPointer { ta_normalizer_table_load(options, $0.baseAddress, $0.count) } == 0)
    }
}
