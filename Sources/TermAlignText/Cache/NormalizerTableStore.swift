import CTermAlignICU
import Foundation

/// Keeps the normalizer's per-character table in the ``StartupCache``: building it opens ICU's
/// registry of transliterators, which costs a third of a short run; reading it back costs almost
/// nothing.
enum NormalizerTableStore {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var attempted = Set<UInt32>()

    /// Makes the table for `options` ready from the cache, or builds it now and keeps it there; does
    /// nothing when caching is off (the table is then built on first use, as always).
    static func prepare(_ options: UInt32) {
        guard ta_normalizer_table_ready(options) == 0 else { return }
        lock.withLock {
            guard ta_normalizer_table_ready(options) == 0, attempted.insert(options).inserted,
                  StartupCache.directory != nil, let identity = StartupCache.executableIdentity else { return }
            let key = "normalizer table 1; ICU \(StartupCache.icuVersion); options \(options); build \(identity)"
            let name = "normalizer-\(options).bin"
            let loaded = StartupCache.withMappedPayload(name, key: key) { payload in
                ta_normalizer_table_load(options, payload.baseAddress?.assumingMemoryBound(to: UInt8.self), payload.count)
            }
            if loaded == 1 { return }
            var length = 0
            var status: Int32 = 0
            guard let saved = ta_normalizer_table_save(options, &length, &status) else { return }
            defer { free(saved) }
            StartupCache.write(name, key: key, payload: UnsafeBufferPointer(start: saved, count: length))
        }
    }
}
