#if canImport(Glibc)
import Glibc
#endif

/// A file mapped read-only into memory for as long as something holds this object: what an
/// ``ArchivedList`` decodes its elements from after the start-up cache has been read.
package final class MappedFile: @unchecked Sendable {
    /// The whole file's bytes.
    package let bytes: UnsafeRawBufferPointer

    /// Maps the file at `path`; nil when it cannot be opened, is empty or cannot be mapped.
    package init?(path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size > 0,
              let mapped = mmap(nil, Int(status.st_size), PROT_READ, MAP_PRIVATE, descriptor, 0), mapped != MAP_FAILED
        else { return nil }
        bytes = UnsafeRawBufferPointer(start: mapped, count: Int(status.st_size))
    }

    deinit { munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count) }

    /// Gives back the resident pages below `offset` (or all of them): they are read again from the
    /// page cache if touched. Reading a large archive through once would otherwise leave all of it
    /// counted in the process's memory, though little of it is used again.
    package func release(below offset: Int? = nil) {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let end = min(offset ?? bytes.count, bytes.count) / page * page
        guard end > 0, let base = bytes.baseAddress else { return }
        madvise(UnsafeMutableRawPointer(mutating: base), end, MADV_DONTNEED)
    }
}
