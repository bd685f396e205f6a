import Foundation

// The library's errors as Foundation errors: `localizedDescription` gives the same message as
// `description` (where, what, and what to do), not Foundation's generic text.

extension TextError: LocalizedError {
    /// The error's message, the same as `description`: where, what, and what to do.
    public var errorDescription: String? { description }
}

extension GlossaryError: LocalizedError {
    /// The error's message, the same as `description`: where, what, and what to do.
    public var errorDescription: String? { description }
}

extension AlignmentError: LocalizedError {
    /// The error's message, the same as `description`: where, what, and what to do.
    public var errorDescription: String? { description }
}

extension ComparisonError: LocalizedError {
    /// The error's message, the same as `description`: where, what, and what to do.
    public var errorDescription: String? { description }
}

extension InputError: LocalizedError {
    /// The error's message, the same as `description`: where, what, and what to do.
    public var errorDescription: String? { description }
}

extension WaiverError: LocalizedError {
    /// The error's message, the same as `description`: where, what, and what to do.
    public var errorDescription: String? { description }
}

extension Tracking.ReadingError: LocalizedError {
    /// The error's message, the same as `description`: where, what, and what to do.
    public var errorDescription: String? { description }
}

extension ReportWriteError: LocalizedError {
    /// The error's message, the same as `description`.
    public var errorDescription: String? { description }
}
