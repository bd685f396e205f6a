#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a report's bytes go: memory, or a file descriptor (a file, standard output) written in
/// 1 MB blocks, so that output of any size streams in bounded memory.
///
/// One concrete class, not a protocol: a report writer generic over its sink, called from the CLI
/// (another module), ran unspecialized, and writing the JSON report of a 3 MB comparison took four
/// times as long as building it in memory. The buffer is raw memory rather than an array, whose
/// every append in a class is checked for exclusive access at run time.
package final class ByteSink {
    private static let blockSize = 1 << 20
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0
    /// -1 for memory.
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    /// Set once ``commit()`` has closed the descriptor.
    private var closed = false
    /// The destination as messages name it: a path, "standard output", or "memory".
    package let name: String
    /// Why writing failed (the first failure), or nil. Once set, later bytes are dropped: the output
    /// is already incomplete, and whoever owns the sink must say so (see `failure` at the end).
    package private(set) var failure: String?
    /// Whether bytes that could drive a terminal are written as visible symbols (see
    /// ``ControlPictures``); set by the writers of text, Markdown and TSV. The only way round it is
    /// ``write(terminalSequence:)``, for the report's own colours.
    package var showsControlCharacters = false
    /// A file written beside its destination, put in place by ``commit()``: until then the
    /// destination keeps what it held, and a run that fails half-way leaves no partial report.
    private var replacement: (temporary: String, destination: String)?

    /// A sink that keeps its bytes in memory (read them with ``bytes`` or ``string``).
    package init() {
        capacity = 1 << 16
        buffer = .allocate(capacity: capacity)
        descriptor = -1
        ownsDescriptor = false
        name = "memory"
    }

    /// A sink that writes to an open file descriptor.
    ///
    /// - Parameters:
    ///   - descriptor: The descriptor, open for writing.
    ///   - closesIt: Whether the sink closes the descriptor when it is released.
    ///   - name: The destination as messages name it.
    package init(descriptor: Int32, closesIt: Bool, name: String) {
        capacity = Self.blockSize
        buffer = .allocate(capacity: capacity)
        self.descriptor = descriptor
        ownsDescriptor = closesIt
        self.name = name
    }

    deinit {
        if let replacement {
            // Never committed: the run failed, so the new file goes and the destination stays.
            close(descriptor)
            unlink(replacement.temporary)
        } else if !closed {
            flush()
            if ownsDescriptor { close(descriptor) }
        }
        buffer.deallocate()
    }

    /// Why a file could not be opened for writing.
    package struct OpenFailure: Error {
        /// The file.
        package let path: String
        /// The system's reason.
        package let reason: String
    }

    /// A sink for the file at `path`. A regular file (new, or replaced) is written under a temporary
    /// name in the same folder and renamed over `path` by ``commit()``, so the file appears whole or
    /// not at all; a device or pipe (`/dev/stdout`, a FIFO) is written directly. Where no file can be
    /// made beside `path` (a folder without write permission), this fails rather than truncate
    /// `path` in place, which would lose the old file if the run were cut short.
    ///
    /// - Parameters:
    ///   - path: The file to create or replace.
    ///   - guarding: Called with the temporary file's path before the file is created, and
    ///   - unguarding: with it again when it could not be: a program that removes its temporary
    ///     file when interrupted registers it here, so that no signal finds it created and unknown.
    /// - Throws: ``OpenFailure`` when the file cannot be opened (a missing folder, no permission).
    package static func file(replacing path: String, guarding: (String) -> Void = { _ in },
                             unguarding: (String) -> Void = { _ in }) throws(OpenFailure) -> ByteSink {
        var destination = path
        var status = stat()
        if lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK, let resolved = realpath(path, nil) {
            // Replace the file a link points at, not the link.
            destination = String(cString: resolved)
            free(resolved)
        }
        let exists = stat(destination, &status) == 0
        if exists && status.st_mode & S_IFMT == S_IFDIR {
            throw OpenFailure(path: path, reason: "it is a folder; name a file")
        }
        guard !exists || status.st_mode & S_IFMT == S_IFREG else {
            let descriptor = open(path, O_WRONLY)
            guard descriptor >= 0 else { throw OpenFailure(path: path, reason: String(cString: strerror(errno))) }
            return ByteSink(descriptor: descriptor, closesIt: true, name: path)
        }
        let slash = destination.lastIndex(of: "/")
        let folder = slash.map { String(destination[...$0]) } ?? ""
        let name = slash.map { String(destination[destination.index(after: $0)...]) } ?? destination
        var reason = "no free temporary name"
        for attempt in 0..<100 {
            let temporary = "\(folder).\(name).termalign-\(getpid())-\(attempt)"
            guarding(temporary)
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            if descriptor < 0 {
                let failure = errno
                unguarding(temporary)
                if failure == EEXIST { continue }
                reason = String(cString: strerror(failure))
                break
            }
            if exists { fchmod(descriptor, status.st_mode & 0o7777) }
            let sink = ByteSink(descriptor: descriptor, closesIt: true, name: path)
            sink.replacement = (temporary, destination)
            return sink
        }
        let place = folder.isEmpty ? "the current folder" : String(folder.dropLast())
        throw OpenFailure(path: path, reason: "no new file can be made in \(place) (\(reason)); the report is written "
                          + "beside its destination and renamed over it, so that a failed run keeps the old file: "
                          + "choose a folder you can write to, or redirect standard output")
    }

    /// The temporary file this sink writes before ``commit()`` renames it into place, if any: a
    /// program that is interrupted should remove it.
    package var temporaryPath: String? { replacement?.temporary }

    /// Writes out what is buffered and, for a file opened by ``file(replacing:)``, puts it in place.
    /// Afterwards ``failure`` says whether all of the output arrived.
    package func commit() {
        flush()
        guard let replacement else { return }
        self.replacement = nil
        if close(descriptor) != 0 && failure == nil { failure = String(cString: strerror(errno)) }
        closed = true
        if failure == nil && rename(replacement.temporary, replacement.destination) != 0 {
            failure = String(cString: strerror(errno))
        }
        if failure != nil { unlink(replacement.temporary) }
    }

    /// The bytes written so far (memory sinks; for a descriptor, those not yet flushed).
    package var bytes: [UInt8] { Array(UnsafeBufferPointer(start: buffer, count: count)) }

    /// The bytes written so far as text (ill-formed UTF-8 repaired).
    package var string: String { String(decoding: UnsafeBufferPointer(start: buffer, count: count), as: UTF8.self) }

    package func write(_ text: String) {
        var text = text
        text.withUTF8 { write(bytes: $0) }
    }

    package func write(bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
        if showsControlCharacters {
            writeShowingControls(bytes)
            return
        }
        writeUnchanged(start, count: bytes.count)
    }

    /// Writes an escape sequence of the report's own (a colour) past ``showsControlCharacters``.
    package func write(terminalSequence: String) {
        var text = terminalSequence
        text.withUTF8 { bytes in
            if let start = bytes.baseAddress { writeUnchanged(start, count: bytes.count) }
        }
    }

    private func writeUnchanged(_ start: UnsafePointer<UInt8>, count total: Int) {
        let bytes = UnsafeBufferPointer(start: start, count: total)
        var written = 0
        while written < bytes.count {
            if count == capacity { makeRoom(bytes.count - written) }
            let taken = min(bytes.count - written, capacity - count)
            (buffer + count).update(from: start + written, count: taken)
            count += taken
            written += taken
        }
    }

    package func write(bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { write(bytes: $0) }
    }

    package func write(bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBufferPointer { write(bytes: $0) }
    }

    /// Writes the bytes another (memory) sink holds, without copying them into an array first.
    package func write(contentsOf other: ByteSink) {
        write(bytes: UnsafeBufferPointer(start: other.buffer, count: other.count))
    }

    @inline(__always)
    package func write(byte: UInt8) {
        // A byte on its own is checked as ASCII only: a character written byte by byte is whole
        // only once all its bytes are in.
        if showsControlCharacters && ControlPictures.mayNeedPicture(byte) && byte <= 0x7F {
            let (first, second, third) = ControlPictures.picture(ofASCII: byte)
            writeUnchecked(byte: first)
            writeUnchecked(byte: second)
            writeUnchecked(byte: third)
            return
        }
        writeUnchecked(byte: byte)
    }

    @inline(__always)
    private func writeUnchecked(byte: UInt8) {
        if count == capacity { makeRoom(1) }
        buffer[count] = byte
        count += 1
    }

    /// Runs of harmless bytes are copied whole; a control becomes its picture, and a C1 control or an
    /// ill-formed sequence U+FFFD.
    private func writeShowingControls(_ bytes: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var index = 0
        func flushRun() {
            if runStart < index { writeUnchanged(bytes.baseAddress! + runStart, count: index - runStart) }
        }
        while index < bytes.count {
            let byte = bytes[index]
            guard ControlPictures.mayNeedPicture(byte) else {
                index += 1
                continue
            }
            if byte < 0x80 {
                flushRun()
                let (first, second, third) = ControlPictures.picture(ofASCII: byte)
                writeUnchecked(byte: first)
                writeUnchecked(byte: second)
                writeUnchecked(byte: third)
                index += 1
                runStart = index
                continue
            }
            let (length, valid) = ControlPictures.sequence(bytes, at: index)
            let isC1 = valid && length == 2 && byte == 0xC2 && bytes[index + 1] < 0xA0
            if valid && !isC1 {
                index += length
                continue
            }
            flushRun()
            ControlPictures.replacement.withUnsafeBufferPointer { writeUnchanged($0.baseAddress!, count: 3) }
            index += length
            runStart = index
        }
        flushRun()
    }

    /// Writes out what is buffered (descriptor sinks; nothing for memory).
    package func flush() {
        guard descriptor >= 0 && !closed else { return }
        var written = 0
        while written < count && failure == nil {
            let result = Self.systemWrite(descriptor, buffer + written, count - written)
            if result < 0 {
                if errno == EINTR { continue }
                failure = String(cString: strerror(errno))
            } else {
                written += result
            }
        }
        count = 0
    }

    private static func systemWrite(_ descriptor: Int32, _ bytes: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(descriptor, bytes, count)
        #else
        Darwin.write(descriptor, bytes, count)
        #endif
    }

    /// A descriptor sink flushes its full block; memory doubles.
    private func makeRoom(_ needed: Int) {
        if descriptor >= 0 {
            flush()
            return
        }
        var grown = capacity * 2
        while grown - count < needed { grown *= 2 }
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        moved.moveInitialize(from: buffer, count: count)
        buffer.deallocate()
        buffer = moved
        capacity = grown
    }
}
