#if canImport(Glibc)
import Glibc
#endif
import CTermAlignMorphology
import Foundation

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
    /// The Hunspell files this lemmatizer reads (none for the identity lemmatizer).
    private let dictionaryFiles: [String]

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
        dictionaryFiles = [affix, words]
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
        // After the exceptions: kept forms were keyed with them.
        let file = Self.keptFile(language, strategy, [affix, words])
        keptForms = Self.importKept(opened, file)
        let kept = Kept(handle: opened, file: file, forms: keptForms)
        Self.openedLock.withLock { Self.opened[ObjectIdentifier(self)] = kept }
    }

    /// A lemmatizer whose key of a word is the word itself (Chinese words, numbers), still interning.
    public init() {
        var status: Int32 = 0
        // Opening without Hunspell or Snowball cannot fail but for memory.
        handle = ta_lemmatizer_open(nil, nil, nil, 0, &status)!
        language = nil
        strategy = nil
        dictionaryFiles = []
        keptForms = 0
    }

    deinit {
        Self.openedLock.withLock { _ = Self.opened.removeValue(forKey: ObjectIdentifier(self)) }
        ta_lemmatizer_close(handle)
    }

    // MARK: - Word forms kept between runs

    /// Whether Hunspell's dictionaries have been loaded: they are at the first word form that is not
    /// cached, so a run whose forms were all kept from earlier runs never loads them.
    public var dictionaryLoaded: Bool { ta_lemmatizer_dictionary_loaded(handle) != 0 }

    /// The start-up cache's file and key for this lemmatizer's forms: the forms' keys depend on the
    /// strategy, the dictionaries, ICU's normalization and the build.
    private var keptFile: (name: String, key: String)? {
        guard let language, let strategy else { return nil }
        return Self.keptFile(language, strategy, dictionaryFiles)
    }

    private static func keptFile(_ language: Language, _ strategy: LemmaStrategy,
                                 _ dictionaryFiles: [String]) -> (name: String, key: String)? {
        guard let identity = StartupCache.executableIdentity else { return nil }
        let files = dictionaryFiles.map { path -> String in
            var status = stat()
            guard stat(path, &status) == 0 else { return "\(path) missing" }
            return "\(path) \(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
        }
        return ("lemmas-\(language.rawValue)-\(strategy.rawValue)",
                "lemma forms 1; ICU \(StartupCache.icuVersion); build \(identity); " + files.joined(separator: ", "))
    }

    /// What decides this lemmatizer's keys, for the keys of cached compiled data: its language,
    /// strategy and dictionary files (with their sizes and times).
    package var configuration: String {
        guard let language, let strategy else { return "identity" }
        return "\(language.rawValue) \(strategy.rawValue) " + (Self.keptFile(language, strategy, dictionaryFiles)?.key ?? "uncached")
    }

    /// Forms read from the start-up cache when this lemmatizer was opened.
    private let keptForms: Int

    /// Writes every form this lemmatizer has keyed to the start-up cache, for the next run, when it
    /// has keyed forms the cache did not hold (at most a million: past that, a run's own forms are
    /// cheaper to key again than to read).
    public func keepForms() {
        Self.keep(Kept(handle: handle, file: keptFile, forms: keptForms))
    }

    /// Calls `body` with every form keyed so far and its key, in a layout private to this build.
    package func exportedForms(_ body: (UnsafeBufferPointer<UInt8>) -> Void) { Self.export(handle, body) }

    /// Adds forms that ``exportedForms(_:)`` gave (of a lemmatizer of the same language, strategy,
    /// dictionaries and build: the caller checks, as the start-up cache's key does). False when the
    /// bytes are not a whole export.
    package func importForms(_ bytes: UnsafeRawBufferPointer) -> Bool { Self.import(handle, bytes) }

    private static func export(_ handle: OpaquePointer, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var length = 0
        guard let bytes = ta_lemmatizer_export(handle, &length) else { return }
        defer { free(bytes) }
        body(UnsafeBufferPointer(start: bytes, count: length))
    }

    private static func `import`(_ handle: OpaquePointer, _ bytes: UnsafeRawBufferPointer) -> Bool {
        ta_lemmatizer_import(handle, bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count) == 1
    }

    /// The forms earlier runs kept, if the cache holds them for this lemmatizer; their number.
    private static func importKept(_ handle: OpaquePointer, _ file: (name: String, key: String)?) -> Int {
        guard let file, StartupCache.withMappedPayload(file.name, key: file.key, { Self.import(handle, $0) }) == true else { return 0 }
        return ta_lemmatizer_cached_forms(handle)
    }

    /// Every lemmatizer open in this process, for ``keepAllForms()``: its handle, registered when it
    /// opens and removed before it closes. Not weak references: a weakly referenced object moves its
    /// reference count to a side table, and lemmatizers are retained for every word.
    nonisolated(unsafe) private static var opened: [ObjectIdentifier: Lemmatizer.Kept] = [:]
    private static let openedLock = NSLock()

    /// What ``keepAllForms()`` needs of a lemmatizer.
    private struct Kept {
        let handle: OpaquePointer
        let file: (name: String, key: String)?
        let forms: Int
    }

    /// ``keepForms()`` of every lemmatizer of this process still open: what a tool calls once its
    /// work is done.
    public static func keepAllForms() {
        openedLock.withLock {
            for kept in opened.values { Self.keep(kept) }
        }
    }

    private static func keep(_ kept: Kept) {
        let forms = ta_lemmatizer_cached_forms(kept.handle)
        guard forms > kept.forms, forms <= 1_000_000, let file = kept.file else { return }
        export(kept.handle) { StartupCache.write(file.name, key: file.key, payload: $0) }
    }

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
