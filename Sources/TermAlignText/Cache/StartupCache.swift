#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Where TermAlign keeps, between runs, what it would otherwise compute at the start of every run.
/// A library process keeps nothing unless `TERMALIGN_CACHE` names a folder; the command-line tool
/// uses `--cache DIR`, else that variable, else the user's cache folder (``userDirectory(_:)``), and
/// `--no-cache` or `TERMALIGN_CACHE=off` turns it off.
///
/// Each file is keyed: its key names what it was computed from (ICU's version, the options, the
/// executable that wrote it), and a file whose key differs is computed again and replaced. Each is
/// checksummed, so a damaged file is never used. Writing is best effort: a folder that cannot be
/// written only means the next run computes again.
package enum StartupCache {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var chosen: String?? = nil

    /// The folder, or nil when caching is off. Set it (the command line's `--cache DIR` and
    /// `--no-cache`) before the first analysis; by default it comes from the environment.
    package static var directory: String? {
        get {
            lock.withLock {
                if case let .some(value) = chosen { return value }
                let value = defaultDirectory(ProcessInfo.processInfo.environment)
                chosen = .some(value)
                return value
            }
        }
        set { lock.withLock { chosen = .some(newValue) } }
    }

    /// The folder `TERMALIGN_CACHE` names, if any ("off" or empty: none).
    package static func defaultDirectory(_ environment: [String: String]) -> String? {
        guard let named = environment["TERMALIGN_CACHE"], !named.isEmpty, named != "off" else { return nil }
        return named
    }

    /// The folder a tool keeps its cache in when told nothing: `TERMALIGN_CACHE` (nil when it says
    /// off), else `$XDG_CACHE_HOME/termalign`, else `~/.cache/termalign`.
    package static func userDirectory(_ environment: [String: String]) -> String? {
        if environment["TERMALIGN_CACHE"] != nil { return defaultDirectory(environment) }
        if let base = environment["XDG_CACHE_HOME"], base.hasPrefix("/") { return base + "/termalign" }
        if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.cache/termalign" }
        return nil
    }

    /// What identifies this executable build: its size and modification time. A file written by
    /// another build of TermAlign is never read.
    package static let executableIdentity: String? = {
        var status = stat()
        guard stat("/proc/self/exe", &status) == 0 else { return nil }
        return "\(status.st_size)-\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
    }()

    private static let magic = Array("TACACHE1".utf8)

    /// The payload of the file `name`, if it is there with `key` and intact.
    package static func read(_ name: String, key: String) -> [UInt8]? {
        guard let directory, let bytes = try? FileReader.readAll(path: "\(directory)/\(name)", limit: 1 << 30) else { return nil }
        return payload(of: bytes, key: key)
    }

    /// Writes `payload` as the file `name` with `key` (to a temporary file renamed over it, so a
    /// reader never sees half a file).
    package static func write(_ name: String, key: String, payload: UnsafeBufferPointer<UInt8>) {
        guard let directory else { return }
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let file = framed(payload, key: key)
        let temporary = "\(directory)/.\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max))"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(file)) else { return }
        if rename(temporary, "\(directory)/\(name)") != 0 { unlink(temporary) }
    }

    /// The file's bytes: magic, key, payload length and checksum, payload.
    package static func framed(_ payload: UnsafeBufferPointer<UInt8>, key: String) -> [UInt8] {
        let keyBytes = Array(key.utf8)
        var file = magic
        file.append(contentsOf: littleEndian(UInt64(keyBytes.count)))
        file.append(contentsOf: keyBytes)
        file.append(contentsOf: littleEndian(UInt64(payload.count)))
        file.append(contentsOf: littleEndian(checksum(payload)))
        file.append(contentsOf: payload)
        return file
    }

    /// The payload of a file's bytes when their key is `key` and the checksum holds.
    package static func payload(of file: [UInt8], key: String) -> [UInt8]? {
        let keyBytes = Array(key.utf8)
        var at = magic.count
        guard file.count >= at + 8, Array(file[..<at]) == magic, readInteger(file, &at) == UInt64(keyBytes.count),
              file.count >= at + keyBytes.count, Array(file[at..<at + keyBytes.count]) == keyBytes else { return nil }
        at += keyBytes.count
        guard file.count >= at + 16 else { return nil }
        let length = readInteger(file, &at)
        let sum = readInteger(file, &at)
        guard UInt64(file.count - at) == length else { return nil }
        let payload = Array(file[at...])
        return payload.withUnsafeBufferPointer { checksum($0) } == sum ? payload : nil
    }

    /// FNV-1a, 64 bits: enough to tell a damaged file, which is all it is for.
    private static func checksum(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    private static func littleEndian(_ value: UInt64) -> [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }

    private static func readInteger(_ bytes: [UInt8], _ at: inout Int) -> UInt64 {
        defer { at += 8 }
        return (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[at + $1]) << (8 * $1) }
    }
}
