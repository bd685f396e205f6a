import Foundation

/// Values a command keeps until the process ends, so that they are never freed: freeing a large
/// compiled glossary (hundreds of thousands of arrays and strings) costs a tenth of a short run, and
/// the operating system takes the memory back at exit anyway.
package enum ProcessLifetime {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var kept: [any Sendable] = []

    package static func keep(_ value: any Sendable) {
        lock.withLock { kept.append(value) }
    }
}
