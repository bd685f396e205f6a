@_spi(Engine) import TermAlignText

/// A small trilingual lexicon of everyday words (government = правительство = 政府, vaccine = вакцина =
/// 疫苗): a sentence and its translation share many of them, so they anchor sentences that lengths,
/// numbers and names leave undecided, in every pair of languages, Chinese included.
///
/// Each line of ``entries`` is one concept: `english | russian | chinese`, alternatives separated by
/// commas, at least one form in each language. A Latin or Cyrillic form ending in `*` is a stem that
/// takes an ending of up to ``latinEnding`` or ``cyrillicEnding`` letters (`vaccin*`: vaccine, vaccines; `вакцин*`: вакцина,
/// вакцинами); other forms match whole words only. Chinese forms are looked up wherever they begin,
/// longest first, since Chinese writes no spaces between words.
enum CoreLexicon {
    /// The longest ending a Latin stem takes (vaccin-ated).
    static let latinEnding = 3
    /// The longest ending a Cyrillic stem takes (экономич-еской).
    static let cyrillicEnding = 5
    /// Stems shorter than this would take too many unrelated words along.
    static let shortestStem = 4

    /// The lexicon, compiled into hash tables once.
    struct Tables: Sendable {
        /// Whole lowercase words and stems, by ``hash(_:)`` of their scalars: the concept's line.
        var words = HashIndex([])
        var stems = HashIndex([])
        var chinese = HashIndex([])
        /// One bit per CJK ideograph that begins a Chinese form: most ideographs need no lookup.
        var chineseStarts = [UInt64](repeating: 0, count: (0xA000 - 0x3400 + 63) / 64)
        /// The most characters a Chinese form has.
        var longestChinese = 0
        /// Forms the compiler refused (a stem that is too short, a form in the wrong script).
        var defects: [String] = []
        var conceptCount = 0

        /// The concept of a lowercase Latin or Cyrillic word, given the hashes of its prefixes
        /// (`prefixes[k]` = hash of its first k letters, `prefixes[0]` = ``emptyHash``).
        @inline(__always)
        func concept(prefixes: UnsafeBufferPointer<UInt64>, cyrillic: Bool) -> UInt32? {
            let length = prefixes.count - 1
            if let concept = words[prefixes[length]] { return concept }
            let ending = cyrillic ? cyrillicEnding : latinEnding
            var stem = length
            while stem >= shortestStem && length - stem <= ending {
                if let concept = stems[prefixes[stem]] { return concept }
                stem -= 1
            }
            return nil
        }

        @inline(__always)
        func beginsChineseForm(_ scalar: UInt32) -> Bool {
            guard scalar >= 0x3400 && scalar < 0xA000 else { return false }
            let index = Int(scalar - 0x3400)
            return chineseStarts[index >> 6] & (1 << UInt64(index & 63)) != 0
        }
    }

    /// Compiled once per build and kept in the start-up cache when there is one: compiling is a fifth
    /// of comparing a statement once everything else is cached.
    static let tables = StartupCache.cached("core-lexicon", key: "core lexicon 1", read: Tables.init(archive:),
                                            write: { $0.archive(into: &$1) }, make: { (compile(entries), true) })

    /// FNV-1a over scalars, extended one scalar at a time so that every prefix of a word has its hash.
    @inline(__always)
    static func extend(_ hash: UInt64, _ scalar: UInt32) -> UInt64 {
        (hash ^ UInt64(scalar)) &* 0x100_0000_01B3
    }

    static let emptyHash: UInt64 = 0xCBF2_9CE4_8422_2325

    static func hash<Scalars: Sequence<UInt32>>(_ scalars: Scalars) -> UInt64 {
        scalars.reduce(emptyHash, extend)
    }

    /// The forms of the lexicon's three kinds while it is compiled, in the order of the lines: where a
    /// form is repeated, ``HashIndex`` keeps the first concept.
    private struct Forms {
        var words: [(key: UInt64, value: UInt32)] = []
        var stems: [(key: UInt64, value: UInt32)] = []
        var chinese: [(key: UInt64, value: UInt32)] = []
    }

    static func compile(_ text: String) -> Tables {
        var tables = Tables()
        var compiled = Forms()
        // Split on bytes: the separators are ASCII, and splitting Characters breaks graphemes all along.
        for lineBytes in text.utf8.split(separator: 0x0A) where lineBytes.first != UInt8(ascii: "#") {
            let line = Substring(lineBytes)
            let columns = lineBytes.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false).map(Substring.init)
            guard columns.count == 3 else {
                tables.defects.append(String(line))
                continue
            }
            let concept = UInt32(tables.conceptCount)
            tables.conceptCount += 1
            for (column, forms) in columns.enumerated() {
                // A concept with no form in one language could only ever count against a bead there.
                if forms.allSatisfy({ $0 == " " || $0 == "," }) { tables.defects.append("\(line): column \(column + 1) is empty") }
                for form in forms.utf8.split(separator: UInt8(ascii: ",")).map(Substring.init) {
                    // Spaces trimmed on bytes: walking Characters backwards costs grapheme breaking
                    // on every form, which was most of compiling the lexicon.
                    let bytes = form.utf8
                    let start = bytes.firstIndex { $0 != 0x20 } ?? bytes.endIndex
                    let end = bytes.lastIndex { $0 != 0x20 }.map { bytes.index(after: $0) } ?? start
                    let trimmed = String(form[start..<end])
                    guard !trimmed.isEmpty else { continue }
                    if !add(trimmed, concept: concept, chinese: column == 2, to: &tables, &compiled) {
                        tables.defects.append(trimmed)
                    }
                }
            }
        }
        tables.words = HashIndex(compiled.words)
        tables.stems = HashIndex(compiled.stems)
        tables.chinese = HashIndex(compiled.chinese)
        return tables
    }

    private static func add(_ form: String, concept: UInt32, chinese: Bool, to tables: inout Tables,
                            _ forms: inout Forms) -> Bool {
        let scalars = form.unicodeScalars.map(\.value)
        if chinese {
            guard scalars.count >= 2, scalars.allSatisfy({ $0 >= 0x3400 && $0 < 0xA000 }) else { return false }
            let index = Int(scalars[0] - 0x3400)
            tables.chineseStarts[index >> 6] |= 1 << UInt64(index & 63)
            tables.longestChinese = max(tables.longestChinese, scalars.count)
            forms.chinese.append((hash(scalars), concept))
            return true
        }
        let isStem = scalars.last == UInt32(UInt8(ascii: "*"))
        let letters = isStem ? Array(scalars.dropLast()) : scalars
        guard !letters.isEmpty, letters.allSatisfy({ EvidenceScanner.isWordLetter($0) && EvidenceScanner.lowercase($0) == $0 })
        else { return false }
        if isStem {
            guard letters.count >= shortestStem else { return false }
            forms.stems.append((hash(letters), concept))
        } else {
            forms.words.append((hash(letters), concept))
        }
        return true
    }
}

extension CoreLexicon.Tables {
    init(archive input: inout BinaryArchiveReader) throws(BinaryArchiveReader.Damaged) {
        words = try HashIndex(archive: &input)
        stems = try HashIndex(archive: &input)
        chinese = try HashIndex(archive: &input)
        chineseStarts = try input.uint64s()
        longestChinese = try input.integer()
        defects = try input.strings()
        conceptCount = try input.integer()
        guard chineseStarts.count == (0xA000 - 0x3400 + 63) / 64, longestChinese >= 0, conceptCount >= 0,
              [words, stems, chinese].allSatisfy({ $0.valuesAreBelow(UInt32(max(conceptCount, 1))) })
        else { throw BinaryArchiveReader.Damaged() }
    }

    func archive(into out: inout BinaryArchiveWriter) {
        for index in [words, stems, chinese] { index.archive(into: &out) }
        out.numbers(chineseStarts)
        out.integer(longestChinese)
        out.strings(defects)
        out.integer(conceptCount)
    }
}
