#if canImport(Glibc)
import Glibc
#endif
import TermAlignGlossary
import TermAlignText

/// The waiver file: YAML with one key, `waivers`, a list of entries (`fingerprint`, `reason`, and
/// optionally `by`, `date`, `kind`, `concept`). Kept beside the versions as
/// ``defaultName`` or named with `--waivers`, and written to by `termalign waive`.
///
/// ```yaml
/// waivers:
///   - fingerprint: 3fa9c0d1e2b4a5f6
///     reason: "The ministry's English says citizens; accepted."
///     by: A. Reviser
///     date: 2026-12-06
/// ```
public enum WaiverFile {
    /// The name of the file looked for beside the first version when none is named.
    public static let defaultName = "termalign-waivers.yaml"
    /// The largest waiver file read.
    public static let maximumFileSize = 16 << 20

    private static let entryKeys: Set<String> = ["fingerprint", "reason", "by", "date", "kind", "concept"]

    /// Reads the waivers of the file at `path`.
    ///
    /// - Parameter path: The file.
    /// - Returns: The waivers, in file order, each with its place in the file.
    /// - Throws: ``WaiverError`` when the file cannot be read, is not YAML, or an entry lacks a
    ///   fingerprint or a reason, repeats one, or has a key no entry has.
    public static func read(path: String) throws(WaiverError) -> [Waiver] {
        let bytes: [UInt8]
        do {
            bytes = try FileReader.readAll(path: path, limit: maximumFileSize)
        } catch {
            throw WaiverError(file: path, message: "cannot read the waiver file: \(error.message)")
        }
        return try parse(bytes, file: path)
    }

    /// Reads waivers from the bytes of a waiver file named `file`.
    ///
    /// - Parameters:
    ///   - bytes: The file's bytes (UTF-8).
    ///   - file: The name errors give.
    /// - Returns: The waivers, in file order.
    /// - Throws: ``WaiverError`` as ``read(path:)``.
    public static func parse(_ bytes: [UInt8], file: String) throws(WaiverError) -> [Waiver] {
        do throws(GlossaryError) {
            guard let root = try YAMLNode.root(of: bytes, file: file), !root.isNull else { return [] }
            var waivers: [Waiver] = []
            var seen: [String: SourceLocation] = [:]
            for (_, list) in try root.entries("the waiver file", allowed: ["waivers"]) where !list.isNull {
                for item in try list.items("waivers") {
                    let entry = Dictionary(try item.entries("a waiver", allowed: entryKeys), uniquingKeysWith: { first, _ in first })
                    guard let fingerprint = try entry["fingerprint"]?.optionalString("fingerprint") else {
                        throw item.fail("a waiver needs a fingerprint (as compare prints it with each finding)")
                    }
                    guard Waiver.isFingerprint(fingerprint) else {
                        throw entry["fingerprint"]!.fail("\"\(fingerprint)\" is not a fingerprint: 16 hexadecimal digits, as compare prints them")
                    }
                    guard let reason = try entry["reason"]?.optionalString("reason") else {
                        throw item.fail("the waiver of \(fingerprint) needs a reason")
                    }
                    if let first = seen.updateValue(item.location, forKey: fingerprint) {
                        throw item.fail("\(fingerprint) is waived twice (first at line \(first.line)); keep one")
                    }
                    waivers.append(Waiver(fingerprint: fingerprint, reason: reason, author: try entry["by"]?.optionalString("by"),
                                          date: try entry["date"]?.optionalString("date"), kind: try entry["kind"]?.optionalString("kind"),
                                          concept: try entry["concept"]?.optionalString("concept"), location: item.location))
                }
            }
            return waivers
        } catch {
            throw WaiverError(file: file, location: error.location, message: error.message)
        }
    }

    /// Adds `waiver` to the file at `path`, creating it when it is not there. The entry is appended
    /// to the text as it is, so the file's comments and layout stay; a file whose list cannot take
    /// an entry at its end (written in flow style, say) is written anew from its waivers.
    ///
    /// - Parameters:
    ///   - waiver: The waiver.
    ///   - path: The waiver file.
    /// - Throws: ``WaiverError`` when the file cannot be read or written, or already waives the
    ///   fingerprint.
    public static func append(_ waiver: Waiver, toFileAt path: String) throws(WaiverError) {
        let fields = [waiver.reason, waiver.author, waiver.date, waiver.kind, waiver.concept].compactMap { $0 }
        if let bad = fields.lazy.flatMap(\.unicodeScalars).first(where: { $0.value < 0x20 && $0 != "\t" && $0 != "\n" || $0.value == 0x7F }) {
            throw WaiverError(file: path, message: "a waiver cannot hold control character U+\(String(bad.value, radix: 16, uppercase: true)); leave it out")
        }
        let exists = access(path, F_OK) == 0
        let before = exists ? try read(path: path) : []
        if let earlier = before.first(where: { $0.fingerprint == waiver.fingerprint }) {
            throw WaiverError(file: path, location: earlier.location, message: "\(waiver.fingerprint) is already waived")
        }
        var text = exists ? String(decoding: (try? FileReader.readAll(path: path, limit: maximumFileSize)) ?? [], as: UTF8.self) : header
        if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
        if before.isEmpty && !text.contains("waivers:") { text += "waivers:\n" }
        text += entry(waiver)
        // What was appended must read back as one more waiver; if not, the file is written whole.
        let appended = (try? parse(Array(text.utf8), file: path)).map { $0.count == before.count + 1 } ?? false
        if !appended { text = header + "waivers:\n" + (before + [waiver]).map(entry).joined() }
        try write(text, to: path)
    }

    private static let header = """
        # Findings accepted by the reviser. termalign leaves them out of its counts and exit status and
        # lists them as waived; a waiver that no longer names a finding is reported as stale.
        # Add one with: termalign waive FINGERPRINT --reason "…"

        """

    /// One waiver as a list entry of the file.
    static func entry(_ waiver: Waiver) -> String {
        var lines = ["  - fingerprint: \(waiver.fingerprint)", "    reason: \(YAMLScalar.quoted(waiver.reason))"]
        for (key, value) in [("by", waiver.author), ("date", waiver.date), ("kind", waiver.kind), ("concept", waiver.concept)] {
            if let value { lines.append("    \(key): \(YAMLScalar.quoted(value))") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func write(_ text: String, to path: String) throws(WaiverError) {
        let temporary = path + ".\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw WaiverError(file: path, message: "cannot write the waiver file: \(String(cString: strerror(errno)))")
        }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        guard close(descriptor) == 0, written == bytes.count, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw WaiverError(file: path, message: "cannot write the waiver file: \(String(cString: strerror(errno)))")
        }
    }
}
