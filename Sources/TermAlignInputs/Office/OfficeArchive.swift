import Foundation
import ZIPFoundation

/// The ZIP archive of a Word or OpenDocument file, read with bounds: a member may not expand beyond
/// ``memberLimit`` bytes, nor beyond ``ratioLimit`` times its compressed size once past a megabyte,
/// so a "zip bomb" is refused after reading at most that much.
struct OfficeArchive {
    /// The most bytes one member may expand to.
    static let memberLimit = 256 << 20
    /// The largest expansion ratio accepted past the first megabyte (real documents stay under 30).
    static let ratioLimit = 200

    private let archive: Archive
    private let file: String
    /// The bytes, in a temporary file removed with the last copy of this value.
    private let copy: TemporaryCopy

    /// Opens the archive in `bytes`.
    ///
    /// The archive is read from a temporary file, not from memory: ZIPFoundation's in-memory reader
    /// crashes on a directory that points past the end of the data (found by fuzzing), and its file
    /// reader does not.
    ///
    /// - Throws: ``InputError`` when the bytes are not a ZIP archive or cannot be staged.
    init(bytes: [UInt8], file: String) throws(InputError) {
        self.file = file
        do {
            copy = try TemporaryCopy(bytes)
        } catch {
            throw InputError(.malformed, file: file, message: "cannot stage the archive in the temporary folder (\(error)); "
                             + "set TMPDIR to a writable folder")
        }
        do {
            archive = try Archive(url: copy.url, accessMode: .read)
        } catch {
            throw InputError(.malformed, file: file, message: "not a readable ZIP archive (\(error)); a .docx or .odt file "
                             + "may be damaged or only partly downloaded: open it in a word processor and save it again")
        }
    }

    /// The bytes of the member at `path`, or nil when the archive has none.
    ///
    /// - Throws: ``InputError/Kind/unsafe`` beyond the bounds, ``InputError/Kind/malformed`` for a
    ///   damaged member.
    func member(_ path: String) throws(InputError) -> [UInt8]? {
        guard let entry = archive[path] else { return nil }
        let compressed = Int(clamping: entry.compressedSize)
        let bound = min(Self.memberLimit, max(1 << 20, compressed.multipliedReportingOverflow(by: Self.ratioLimit).partialValue))
        guard entry.uncompressedSize <= UInt64(bound) else {
            throw bombError(path, size: "declares \(entry.uncompressedSize) bytes", compressed: compressed, bound: bound)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(entry.uncompressedSize))
        var exceeded = false
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard bytes.count + chunk.count <= bound else {
                    exceeded = true
                    throw CocoaError(.fileReadTooLarge)
                }
                bytes.append(contentsOf: chunk)
            }
        } catch {
            if exceeded {
                throw bombError(path, size: "expands beyond \(bound) bytes", compressed: compressed, bound: bound)
            }
            throw InputError(.malformed, file: file, message: "the member \(path) of the archive cannot be read (\(error)): "
                             + "open the file in a word processor and save it again")
        }
        return bytes
    }

    private func bombError(_ path: String, size: String, compressed: Int, bound: Int) -> InputError {
        InputError(.unsafe, file: file, message: "the member \(path) \(size) from \(compressed) compressed: more than "
                   + "TermAlign expands (\(bound) bytes, at most \(Self.ratioLimit)× past the first megabyte); a real "
                   + "document does not; if this one is, save its text as a .txt file and compare that")
    }
}

/// A file in the temporary folder holding some bytes, removed when the last reference goes.
final class TemporaryCopy: Sendable {
    let url: URL

    init(_ bytes: [UInt8]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("termalign-\(UUID().uuidString).zip")
        try Data(bytes).write(to: url)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
