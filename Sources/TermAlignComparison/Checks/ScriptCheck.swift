import TermAlignText

/// Words that mix look-alike letters of different scripts ("NАTO" with a Cyrillic А): invisible to a
/// reader, fatal to search and to term matching.
struct ScriptCheck {
    let context: ComparisonContext

    func findings() -> [Finding] {
        context.confusables.enumerated().flatMap { document, tokens in
            tokens.map { token in finding(token, in: document) }
        }
    }

    private func finding(_ token: ConfusableToken, in document: Int) -> Finding {
        let text = context.documents[document].text(in: token.range)
        let letters = token.letters.map { letter in
            "\(letter.scalar) (\(letter.codePoint), \(letter.script))"
                + (letter.looksLike.map { " looks like \(token.mainScript) \($0)" } ?? "")
        }
        return Finding(kind: .mixedScript, severity: .warning, segment: context.segment(at: token.range.lowerBound, in: document), documents: [document],
                       evidence: [Evidence(document: document, range: token.range, text: text)], message:
            "\(context.ids[document]): \(ComparisonContext.quote(text)) mixes scripts: " + letters.joined(separator: "; ")
            + ". It will not match the glossary or a search for the word as it looks.")
    }
}
