#if canImport(Glibc)
import Glibc
#endif
import CTermAlignMorphology

/// How a word's lemma key is computed.
public enum LemmaStrategy: String, Sendable, CaseIterable {
    /// Snowball stem of the word. Fast, but some nouns get two stems (граждан → «гражда»,
    /// граждане → «граждан»).
    case snowball
    /// Hunspell's dictionary form. Handles irregular stems, but misses some forms (лиц → «лиц»).
    case hunspell
    /// Snowball stem of Hunspell's dictionary form (of the word itself when Hunspell does not know
    /// it): the dictionary unifies irregular stems, the stemmer unifies what the dictionary misses;
    /// irregular plurals that neither knows (men, crises, люди) come from a fixed list.
    /// The default; see docs/text-layer.md for the measured recall of each strategy.
    case hunspellThenSnowball

    var bits: UInt32 {
        switch self {
        case .snowball: return UInt32(TA_LEMMA_SNOWBALL)
        case .hunspell: return UInt32(TA_LEMMA_HUNSPELL)
        case .hunspellThenSnowball: return UInt32(TA_LEMMA_HUNSPELL | TA_LEMMA_SNOWBALL)
        }
    }
}

/// Computes lemma keys of normalized (case-folded) words for one language, caching every word form.
///
/// `@unchecked Sendable`: the C lemmatizer serializes every call with its own mutex, and its lemma
/// bytes never move once created, so sharing one instance between threads is safe.
public final class Lemmatizer: @unchecked Sendable {
    private let handle: OpaquePointer
    /// The language whose words this lemmatizer keys, or `nil` for the identity lemmatizer.
    public let language: Language?
    /// The strategy in use.
    public let strategy: LemmaStrategy?

    /// Where the Hunspell dictionaries are read from: `$TERMALIGN_DICTIONARIES` when set (a copy of
    /// the tool shipped with its dictionaries, as on a Spark cluster), else where Debian's hunspell-ru
    /// and hunspell-en-us put them.
    public static let defaultDictionaryDirectory: String = {
        if let value = getenv("TERMALIGN_DICTIONARIES"), value.pointee != 0 { return String(cString: value) }
        return "/usr/share/hunspell"
    }()

    /// Opens a lemmatizer for Russian or English.
    ///
    /// - Parameters:
    ///   - language: ``Language/ru`` or ``Language/en``.
    ///   - strategy: How keys are computed.
    ///   - dictionaryDirectory: The folder holding `ru_RU.aff/.dic` and `en_US.aff/.dic`.
    /// - Throws: ``TextError/missingDictionary(language:reason:)`` when the dictionary or stemmer is
    ///   not installed.
    public init(language: Language, strategy: LemmaStrategy = .hunspellThenSnowball,
                dictionaryDirectory: String = Lemmatizer.defaultDictionaryDirectory) throws(TextError) {
        let (stemmer, dictionary): (String, String)
        switch language {
        case .ru: (stemmer, dictionary) = ("russian", "ru_RU")
        case .en: (stemmer, dictionary) = ("english", "en_US")
        case .zh, .undetermined:
            throw .missingDictionary(language: language, reason: "no lemmatizer exists for this language")
        }
        let affix = "\(dictionaryDirectory)/\(dictionary).aff"
        let words = "\(dictionaryDirectory)/\(dictionary).dic"
        var status: Int32 = 0
        guard let opened = ta_lemmatizer_open(stemmer, affix, words, strategy.bits, &status) else {
            let reason = status == Int32(TA_LEMMA_STATUS_NO_STEMMER)
                ? "libstemmer has no '\(stemmer)' stemmer"
                : "cannot open the Hunspell dictionary \(words)"
            throw .missingDictionary(language: language, reason: reason)
        }
        handle = opened
        self.language = language
        self.strategy = strategy
        if strategy != .snowball {
            for (form, lemma) in language == .ru ? LemmaExceptions.russian : LemmaExceptions.english {
                let added = Array(form.utf8).withUnsafeBufferPointer { form in
                    Array(lemma.utf8).withUnsafeBufferPointer { lemma in
                        ta_lemmatizer_add_exception(opened, form.baseAddress, form.count, lemma.baseAddress, lemma.count)
                    }
                }
                precondition(added != 0, "out of memory declaring lemma exceptions")
            }
        }
    }

    /// A lemmatizer whose key of a word is the word itself (Chinese words, numbers), still interning.
    public init() {
        var status: Int32 = 0
        // Opening without Hunspell or Snowball cannot fail but for memory.
        handle = ta_lemmatizer_open(nil, nil, nil, 0, &status)!
        language = nil
        strategy = nil
    }

    deinit { ta_lemmatizer_close(handle) }

    /// The lemma key of a normalized word.
    ///
    /// - Parameter word: A word as it appears in a matching key (lower-case, ё folded).
    /// - Complexity: O(length) after the first lookup of the same form.
    public func key(for word: String) -> String {
        var word = word
        return word.withUTF8 { bytes in
            let id = ta_lemmatize(handle, bytes.baseAddress, bytes.count)
            return String(decoding: self.bytes(of: id), as: UTF8.self)
        }
    }

    /// The interned id of a word's key; equal keys share one id within this lemmatizer.
    func id(of word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        ta_lemmatize(handle, word.baseAddress, word.count)
    }

    /// The bytes of an id's key; valid as long as this lemmatizer lives.
    func bytes(of id: UInt32) -> UnsafeBufferPointer<UInt8> {
        var length = 0
        let start = ta_lemma_bytes(handle, id, &length)
        return UnsafeBufferPointer(start: start, count: length)
    }

    /// How many distinct word forms have been keyed so far.
    public var cachedForms: Int { ta_lemmatizer_cached_forms(handle) }
}
