import TermAlign

/// A deterministic generated corpus for `termalign-bench text`: statement-like Russian, Chinese and English
/// paragraphs with the things the text layer must handle — numbered items and section headings,
/// «quotes», dashes, ё and stress marks, Traditional characters and full-width punctuation, soft
/// hyphens, CRLF line breaks inside paragraphs.
struct BenchCorpus {
    static let russian = """
        стороны заявляют что российско-китайские отношения нового времени носят всеобъемлющий характер \
        партнёрства и стратегического взаимодействия государства находящиеся за рубежом лица граждане \
        гражданами граждан интересов интересы безопасности безопасность законных законные права правами \
        организации объединённых наций международного права многополярного мира суверенитета \
        территориальной целостности специальной военной операции операцию операции кризиса кризис \
        украинского урегулирования политического диалога сотрудничество сотрудничества развития развитие \
        экономического торговли инвестиций энергетики технологий региональной стабильности мирного \
        договора соглашения заявление совместное председатель президент российской федерации китайской \
        народной республики вмешательства во внутренние дела санкций односторонних ценностей принципов \
        взаимного уважения доверия дружбы добрососедства сфере области рамках основе целях подчёркивают \
        выступают против поддерживают намерены продолжать укреплять развивать осуществлять обеспечивать
        """.split(separator: " ").map(String.init)

    static let chinese = """
        双方 声明 中俄 新时代 全面 战略 协作 伙伴 关系 没有 止境 合作 没有 禁区 维护 国际 秩序 联合国 宪章 \
        宗旨 原则 反对 霸权主义 强权政治 单边 制裁 干涉 内政 合理 安全 关切 乌克兰 危机 政治 解决 对话 \
        谈判 和平 稳定 发展 繁荣 经济 贸易 投资 能源 科技 人文 交流 互信 互利 共赢 主权 领土 完整 海外 \
        公民 机构 权益 保护 全球 治理 多边主义 民主 价值观 人类 命运 共同体 国家 發展 關係 戰略 協作 \
        夥伴 國際 聯合國 憲章 經濟 貿易 問題 會談 習近平 普京 主席 总统 会见 会谈 指出 强调 表示 同意 \
        支持 推动 加强 深化 拓展
        """.split(separator: " ").map(String.init)

    static let english = """
        the sides state that relations between russia and china in the new era are a comprehensive \
        strategic partnership of coordination persons and institutions located abroad citizens \
        citizen's rights interests legitimate reasonable security concerns united nations charter \
        international law multipolar world sovereignty territorial integrity special military \
        operation operations ukraine crisis settlement political dialogue negotiations cooperation \
        development economic trade investment energy technology regional stability peace treaty \
        agreement joint statement president chairman russian federation people's republic \
        interference internal affairs unilateral sanctions values principles mutual respect trust \
        friendship countries country's sphere framework basis goals emphasize oppose support intend \
        continue strengthen develop implement ensure no limits forbidden areas
        """.split(separator: " ").map(String.init)

    private var random = SplitMix64(seed: 0x7E72_A119)

    /// At least `bytes` bytes of statement-like text in `language`.
    mutating func text(_ language: Language, bytes: Int) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes + 4096)
        var section = 1
        var item = 1
        while output.count < bytes {
            if random.chance(4) {
                output += Array(heading(language, section).utf8)
                section += 1
                item = 1
            }
            if random.chance(30) {
                output += Array((language == .zh ? "\(item)、" : "\(item). ").utf8)
                item += 1
            }
            let sentences = 2 + random.below(4)
            for index in 0..<sentences {
                output += Array(sentence(language).utf8)
                let wrapped = random.chance(15)
                output += Array((index == sentences - 1 ? "" : wrapped ? "\r\n" : (language == .zh ? "" : " ")).utf8)
            }
            output += Array("\n\n".utf8)
        }
        return output
    }

    private mutating func heading(_ language: Language, _ number: Int) -> String {
        let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        let romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
        let index = (number - 1) % 10
        switch language {
        case .zh: return "\(numerals[index])、\(random.pick(Self.chinese))\(random.pick(Self.chinese))\n\n"
        case .ru: return "\(romans[index]). \(random.pick(Self.russian).capitalized)\n\n"
        default: return "\(romans[index]). \(random.pick(Self.english).capitalized)\n\n"
        }
    }

    private mutating func sentence(_ language: Language) -> String {
        let length = 8 + random.below(18)
        var words: [String] = []
        for position in 0..<length {
            switch language {
            case .zh:
                var word = random.pick(Self.chinese)
                if random.chance(3) { word = "“" + word + "”" }
                words.append(word + (position > 0 && position % 7 == 0 ? "，" : ""))
            case .ru:
                var word = random.pick(Self.russian)
                if random.chance(2) { word = "«" + word + "»" }
                if random.chance(1) { word = decorate(word) }
                words.append(word + (position > 0 && position % 9 == 0 ? "," : ""))
            default:
                var word = random.pick(Self.english)
                if random.chance(2) { word = "“" + word + "”" }
                words.append(word + (position > 0 && position % 9 == 0 ? "," : ""))
            }
        }
        if language == .zh { return words.joined() + (random.chance(10) ? "！" : "。") }
        var text = words.joined(separator: random.chance(5) ? " — " : " ")
        text = text.prefix(1).uppercased() + text.dropFirst()
        return text + (random.chance(5) ? " (2022 г.)." : ".")
    }

    /// A stress mark after the first vowel or a soft hyphen in the middle: what real Russian text
    /// carries now and then.
    private mutating func decorate(_ word: String) -> String {
        guard word.count > 4 else { return word }
        let middle = word.index(word.startIndex, offsetBy: word.count / 2)
        if random.chance(50) { return String(word[..<middle]) + "\u{00AD}" + String(word[middle...]) }
        guard let vowel = word.firstIndex(where: { "аеиоуыэюяё".contains($0) }) else { return word }
        let after = word.index(after: vowel)
        return String(word[..<after]) + "\u{0301}" + String(word[after...])
    }
}
