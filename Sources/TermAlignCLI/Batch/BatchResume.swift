#if canImport(Glibc)
import Glibc
#endif
import Foundation
import TermAlign
import TermAlignCommandSupport

/// The output file of an interrupted batch: the ids of its complete lines, and where the last complete
/// line ends (a line cut off by the interruption is dropped and written again).
enum BatchResume {
    static func read(_ path: String) throws -> (ids: Set<String>, validLength: Int) {
        guard FileManager.default.fileExists(atPath: path) else { return ([], 0) }
        let bytes = try FileReader.readAll(path: path, limit: Int(Int32.max))
        var ids = Set<String>()
        var start = 0
        var valid = 0
        var number = 0
        for index in bytes.indices where bytes[index] == 0x0A {
            number += 1
            let line = bytes[start..<index]
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  object["comparison"] != nil || object["error"] != nil else {
                throw CLIError.message("\(path): line \(number) is not a result line of termalign batch; "
                                       + "--resume continues a batch's own output file")
            }
            // A set that failed is tried again; one that was compared is done.
            if object["comparison"] != nil, let id = object["id"] as? String { ids.insert(id) }
            start = index + 1
            valid = start
        }
        return (ids, valid)
    }

    /// The file opened for appending after its first `keeping` bytes (0: emptied).
    static func appending(to path: String, keeping: Int) throws -> ByteSink {
        let descriptor = open(path, O_WRONLY | O_CREAT, 0o644)
        guard descriptor >= 0, ftruncate(descriptor, off_t(keeping)) == 0, lseek(descriptor, off_t(keeping), SEEK_SET) >= 0 else {
            throw CLIError.output(path: path, reason: String(cString: strerror(errno)))
        }
        return ByteSink(descriptor: descriptor, closesIt: true, name: path)
    }
}
