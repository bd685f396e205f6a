import CTermAlignICU
import Synchronization

/// Romanization for display, so a reader without Cyrillic or Chinese can follow a quoted term:
/// Russian by BGN/PCGN ("Находящиеся" → "Nakhodyashchiyesya"), Chinese by pinyin with tone marks
/// ("合理" → "hé lǐ"). Never used for matching.
public final class Transliterator: Sendable {
    /// The ICU transform identifier ("Russian-Latin/BGN", "Han-Latin").
    public let identifier: String
    // ICU transliterators must not run on two threads at once.
    private let handle: Mutex<Handle>

    /// Owns the C transliterator; the Mutex above is its only path.
    private final class Handle {
        let pointer: OpaquePointer
        init(_ pointer: OpaquePointer) { self.pointer = pointer }
        deinit { ta_transliterator_close(pointer) }
    }

    /// Opens an ICU transliterator.
    ///
    /// - Parameter identifier: An ICU transform identifier.
    /// - Throws: ``TextError/icu(operation:status:name:)`` for an unknown identifier.
    public init(identifier: String) throws(TextError) {
        var status: Int32 = 0
        let opened = ta_transliterator_open(identifier, &status)
        try checkSuccess(status, "opening the transliterator \(identifier)")
        guard let opened else {
            throw .icu(operation: "opening the transliterator \(identifier)", status: status, name: "no transliterator")
        }
        self.identifier = identifier
        handle = Mutex(Handle(opened))
    }

    /// The display transliterator for a language, or `nil` for English and undetermined text.
    ///
    /// - Parameter language: The text's language.
    public static func display(for language: Language) throws(TextError) -> Transliterator? {
        switch language {
        case .ru: return try Transliterator(identifier: "Russian-Latin/BGN")
        case .zh: return try Transliterator(identifier: "Han-Latin")
        case .en, .undetermined: return nil
        }
    }

    /// Transliterates text.
    ///
    /// - Parameter text: Any string.
    /// - Returns: The romanized string.
    public func transliterate(_ text: String) throws(TextError) -> String {
        let input = Array(text.utf8)
        return try handle.withLock { (handle: inout Handle) throws(TextError) -> String in
            var capacity = input.count * 4 + 16
            while true {
                var output = [UInt8](repeating: 0, count: capacity)
                var status: Int32 = 0
                let needed = input.withUnsafeBufferPointer { source in
                    output.withUnsafeMutableBufferPointer { target in
                        ta_transliterate(handle.pointer, source.baseAddress, source.count, target.baseAddress,
                                         capacity, &status)
                    }
                }
                try checkSuccess(status, "transliterating with \(identifier)")
                if Int(needed) <= capacity { return String(decoding: output[0..<Int(needed)], as: UTF8.self) }
                capacity = Int(needed)
            }
        }
    }
}
