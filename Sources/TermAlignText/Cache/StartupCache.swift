#if canImport(Glibc)
import Glibc
#endif
import CTermAlignICU
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

    /// The version of ICU in use: its data decides normalization and word boundaries, so every
    /// key names it.
    package static let icuVersion: String = {
        var version = [CChar](repeating: 0, count: 32)
        ta_icu_version(&version)
        return String(cString: version)
    }()

    private static let magic = Array("TACACHE2".utf8)

    /// Writes `payload` as the file `name` with `key` (to a temporary file renamed over it, so a
    /// reader never sees half a file).
    package static func write(_ name: String, key: String, payload: UnsafeBufferPointer<UInt8>) {
        guard let directory else { return }
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        // The header, then the payload from where it is: a compiled glossary's payload is tens of
        // megabytes, not to be copied twice on its way to the file.
        let header = framed(UnsafeBufferPointer(start: nil, count: 0), key: key, checksum: checksum(payload), length: payload.count)
        let temporary = "\(directory)/.\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return }
        let written = header.withUnsafeBytes { writeAll(descriptor, $0) } && writeAll(descriptor, UnsafeRawBufferPointer(payload))
        guard close(descriptor) == 0, written, rename(temporary, "\(directory)/\(name)") == 0 else {
            unlink(temporary)
            return
        }
    }

    private static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var at = 0
        while at < bytes.count {
            let count = Glibc.write(descriptor, bytes.baseAddress! + at, bytes.count - at)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            at += count
        }
        return true
    }

    /// The file's bytes: magic, key, payload length and checksum, payload.
    package static func framed(_ payload: UnsafeBufferPointer<UInt8>, key: String) -> [UInt8] {
        framed(payload, key: key, checksum: checksum(payload), length: payload.count)
    }

    /// The header for a payload of `length` bytes with `checksum`, followed by `payload` (empty when
    /// the payload is written on its own).
    private static func framed(_ payload: UnsafeBufferPointer<UInt8>, key: String, checksum sum: UInt64, length: Int) -> [UInt8] {
        let keyBytes = Array(key.utf8)
        var file = magic
        file.append(contentsOf: littleEndian(UInt64(keyBytes.count)))
        file.append(contentsOf: keyBytes)
        file.append(contentsOf: littleEndian(UInt64(length)))
        file.append(contentsOf: littleEndian(sum))
        file.append(contentsOf: payload)
        return file
    }

    /// The payload of a file's bytes when their key is `key` and the checksum holds.
    package static func payload(of file: [UInt8], key: String) -> [UInt8]? {
        file.withUnsafeBytes { bytes in payload(in: bytes, key: key).map(Array.init) }
    }

    /// The payload inside a file's bytes (magic, key, length, checksum, payload) when their key is
    /// `key` and the checksum holds: the one reader of the frame, for mapped and copied files alike.
    private static func payload(in file: UnsafeRawBufferPointer, key: String,
                                afterEach: ((Int) -> Void)? = nil) -> UnsafeRawBufferPointer? {
        let keyBytes = Array(key.utf8)
        let integer = { (offset: Int) in UInt64(littleEndian: file.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
        var at = magic.count
        guard file.count >= at + 8, file.prefix(at).elementsEqual(magic), integer(at) == UInt64(keyBytes.count) else { return nil }
        at += 8
        guard file.count >= at + keyBytes.count + 16, file[at..<at + keyBytes.count].elementsEqual(keyBytes) else { return nil }
        at += keyBytes.count
        let length = integer(at), sum = integer(at + 8)
        let payload = UnsafeRawBufferPointer(rebasing: file[(at + 16)...])
        let start = file.count - payload.count
        return UInt64(payload.count) == length && fingerprint(payload, afterEach: afterEach.map { report in { report(start + $0) } }) == sum
            ? payload : nil
    }

    /// A 64-bit hash of `bytes`, four lanes of eight bytes a step (the lanes do not wait for each
    /// other, so it runs at memory speed): enough to tell a damaged file or a changed input, which is
    /// all it is for (not a defence against a forger).
    package static func fingerprint(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        fingerprint(bytes, afterEach: nil)
    }

    /// The ``fingerprint(_:)`` of a mapped file's bytes, giving back its pages as it goes
    /// (``MappedFile/release(below:)``).
    package static func fingerprint(_ file: MappedFile) -> UInt64 {
        fingerprint(file.bytes, afterEach: { file.release(below: $0) })
    }

    /// ``fingerprint(_:)``, calling `afterEach` with the offset reached after every 4 MB.
    private static func fingerprint(_ bytes: UnsafeRawBufferPointer, afterEach: ((Int) -> Void)?) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        let mix = { (hash: UInt64, word: UInt64) -> UInt64 in
            let mixed = (hash ^ word) &* multiplier
            return mixed ^ mixed >> 29
        }
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count), 1, 2, 3)
        var at = 0
        while at + 32 <= bytes.count {
            lanes.0 = mix(lanes.0, bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self))
            lanes.1 = mix(lanes.1, bytes.loadUnaligned(fromByteOffset: at + 8, as: UInt64.self))
            lanes.2 = mix(lanes.2, bytes.loadUnaligned(fromByteOffset: at + 16, as: UInt64.self))
            lanes.3 = mix(lanes.3, bytes.loadUnaligned(fromByteOffset: at + 24, as: UInt64.self))
            at += 32
            if at & 0x3F_FFFF == 0 { afterEach?(at) }
        }
        var hash = mix(mix(mix(lanes.0, lanes.1), lanes.2), lanes.3)
        while at + 8 <= bytes.count {
            hash = mix(hash, bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self))
            at += 8
        }
        var tail: UInt64 = 0
        for (shift, byte) in bytes[at...].enumerated() { tail |= UInt64(byte) << (8 * UInt64(shift)) }
        hash = (hash ^ tail) &* multiplier
        return hash ^ hash >> 32
    }

    private static func checksum(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        fingerprint(UnsafeRawBufferPointer(bytes))
    }

    /// Calls `body` with the payload of the file `name`, mapped into memory rather than read, when
    /// the file is there with `key` and intact; nil otherwise. The bytes are valid only inside `body`.
    package static func withMappedPayload<Result>(_ name: String, key: String,
                                                  _ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result? {
        guard let (file, payload) = mappedPayload(name, key: key) else { return nil }
        return try withExtendedLifetime(file) { try body(payload) }
    }

    /// The file `name` mapped into memory, and its payload, when the file is there with `key` and
    /// intact. The pages the checksum reads are given back as it goes: a compiled glossary's file is
    /// tens of megabytes, of which a run uses a little.
    private static func mappedPayload(_ name: String, key: String) -> (file: MappedFile, payload: UnsafeRawBufferPointer)? {
        guard let directory, let file = MappedFile(path: "\(directory)/\(name)"),
              let payload = payload(in: file.bytes, key: key, afterEach: { file.release(below: $0) }) else { return nil }
        return (file, payload)
    }

    /// A value kept in the file `name`: read back when the file is there with `key` for this build
    /// and ICU's version, else made, kept (when `make` says so) and returned. Without a cache folder
    /// the value is made every time.
    package static func cached<Value, Failure: Error>(
        _ name: String, key: String,
        read: (inout BinaryArchiveReader) throws(BinaryArchiveReader.Damaged) -> Value,
        write: (Value, inout BinaryArchiveWriter) -> Void,
        make: () throws(Failure) -> (value: Value, keep: Bool)
    ) throws(Failure) -> Value {
        guard directory != nil, let identity = executableIdentity else { return try make().value }
        let fullKey = "\(key); ICU \(icuVersion); build \(identity)"
        if let (file, payload) = mappedPayload(name, key: fullKey) {
            // The reader may leave parts of the file to be decoded when used (``ArchivedList``):
            // they keep the mapping.
            var input = BinaryArchiveReader(payload, keeping: file)
            let value = try? read(&input)
            file.release()
            if let value, input.isAtEnd { return value }
        }
        let made = try make()
        if made.keep {
            var out = BinaryArchiveWriter()
            write(made.value, &out)
            out.bytes.withUnsafeBufferPointer { Self.write(name, key: fullKey, payload: $0) }
        }
        return made.value
    }

    /// Removes all but the `keeping` most recently written files whose names start with `prefix`
    /// (one per glossary, say), so that a folder used over months stays small.
    package static func prune(prefix: String, keeping: Int) {
        guard let directory, let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        let dated = names.filter { $0.hasPrefix(prefix) }.compactMap { name -> (name: String, time: Double)? in
            var status = stat()
            guard stat("\(directory)/\(name)", &status) == 0 else { return nil }
            return (name, Double(status.st_mtim.tv_sec) + Double(status.st_mtim.tv_nsec) / 1e9)
        }
        for old in dated.sorted(by: { ($0.time, $0.name) > ($1.time, $1.name) }).dropFirst(keeping) {
            unlink("\(directory)/\(old.name)")
        }
    }

    private static func littleEndian(_ value: UInt64) -> [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }
}
