import Testing
@testable import TermAlignAlignment
@_spi(Engine) import TermAlignText

@Suite("Core lexicon")
struct CoreLexiconTests {
    private func words(_ text: String) -> [Anchor] {
        Array(text.utf8).withUnsafeBufferPointer { EvidenceScanner.anchors(in: $0, 0..<$0.count) }
            .filter { $0.kind == .word }.sorted()
    }

    @Test("every line compiles: three columns, none empty, stems long enough, forms in their column's script")
    func entriesCompile() {
        #expect(CoreLexicon.tables.defects == [])
        #expect(CoreLexicon.tables.conceptCount >= 500)
        #expect(CoreLexicon.compile("annex | | 附件").defects == ["annex | | 附件: column 2 is empty"])
    }

    @Test("no form belongs to two concepts: the second would never be found")
    func formsAreUnique() {
        var owner: [String: Int] = [:]
        var clashes: [String] = []
        var concept = 0
        for line in CoreLexicon.entries.split(separator: "\n") where !line.hasPrefix("#") {
            for form in line.split(separator: "|").flatMap({ $0.split(separator: ",") }) {
                let key = form.trimmingCharacters(in: .whitespaces)
                guard !key.isEmpty else { continue }
                if let first = owner[key], first != concept { clashes.append(key) }
                owner[key] = owner[key] ?? concept
            }
            concept += 1
        }
        #expect(clashes == [])
    }

    @Test("a sentence and its translations share their everyday words, in any inflection")
    func translationsShareWords() {
        let english = words("The government said vaccines stopped infections in hospitals.")
        #expect(english.count == 5)
        #expect(words("Правительство заявило, что вакцинами остановили инфекции в больницах.") == english)
        #expect(words("政府表示，疫苗阻止了医院里的感染。") == english)
    }

    @Test("two-letter pronouns count; one-letter words and single ideographs are left out as too common")
    func pronouns() {
        #expect(!words("we").isEmpty && words("we") == words("мы") && words("мы") == words("我们"))
        #expect(words("они") == words("他们"))
        #expect(words("я").isEmpty && words("I").isEmpty && words("我").isEmpty)
    }

    @Test("stems take short endings only, and words that merely begin like one are not taken")
    func stemsTakeShortEndings() {
        #expect(words("vaccinated") == words("vaccine"))
        #expect(words("statement") != words("state"))
        #expect(words("стран") == words("странами"))
        #expect(words("правительствами") == words("правительство"))
        #expect(words("hospitalization").isEmpty)
    }

    /// The Chinese last sentence is longer than its English counterpart, so lengths alone pair it with
    /// the English middle sentence and drop the last; the shared words (team = 球队, won = 赢得, game
    /// = 比赛) put the deletion where it is.
    @Test("the lexicon's words place a deletion that lengths alone misplace")
    func wordsPlaceADeletion() throws {
        let english = Document(text: "The government closed the airport. Doctors treated many patients in the crowded city hospitals. The team won.",
                               id: "en", language: .en)
        let chinese = Document(text: "政府关闭了机场。球队赢得了这场比赛。", id: "zh", language: .zh)
        func middleIsDropped(_ anchors: AnchorKinds) throws -> Bool {
            let alignment = try Aligner(options: AlignmentOptions(unit: .sentence, anchors: anchors)).align([english, chinese])
            return alignment.segments.contains { segment in
                segment.ranges[1] == nil && segment.ranges[0].map { english.text(in: $0).hasPrefix("Doctors") } == true
            }
        }
        #expect(try middleIsDropped(.all))
        #expect(try !middleIsDropped(AnchorKinds.all.subtracting(.words)))
    }

    /// Paragraph costs stop counting at the cap of shared words; what the relatedness of two versions
    /// is computed from must not.
    @Test("shared anchors are counted in full even where costs stop at the cap")
    func sharedAnchorsCountEveryWord() {
        var table = AnchorTable()
        table.append((0..<20).map { Anchor(.word, payload: UInt64($0)) } + [.number(7)])
        let sequence = UnitSequence(lengths: [100], anchors: table)
        var aligner = PairwiseAligner(a: sequence, b: sequence, shapes: BeadShape.paragraph,
                                      model: LengthModel(ratio: 1, variance: LengthModel.typicalVariance))
        aligner.checksJoinedUnits = false
        #expect(aligner.sharedAnchors(0..<1, 0..<1) == 21)
        #expect(aligner.compareAnchors(0..<1, 0..<1, wordLimit: aligner.anchorCap).words == aligner.anchorCap)
    }

    @Test("the hash index finds every key it holds, with its value, and no other", arguments: [0, 1, 7, 1_000])
    func hashIndexFindsWhatItHolds(count: Int) {
        var random = SplitMix64(seed: UInt64(count))
        var entries: [UInt64: UInt32] = [:]
        // Small keys too (a shift of up to 59 bits); 1 is left out, since 0 is stored as 1.
        while entries.count < count {
            let key = random.next() >> UInt64.random(in: 0..<60, using: &random)
            if key != 1 { entries[key] = UInt32(entries.count) }
        }
        if count > 0 { entries[0] = 42 }
        let index = HashIndex(entries.map { (key: $0.key, value: $0.value) })
        for (key, value) in entries { #expect(index[key] == value) }
        for _ in 0..<1_000 {
            let absent = random.next()
            if entries[absent] == nil && (absent != 1 || entries[0] == nil) { #expect(index[absent] == nil) }
        }
    }

    @Test("Chinese forms are found where they begin, longest first, with no word boundaries")
    func chineseLongestFirst() {
        #expect(words("冠状病毒") == words("coronavirus"))
        #expect(words("冠状病毒") != words("病毒"))
        #expect(words("世界卫生组织") == words("world health organization"))
    }
}
