import TermAlignAlignment
import TermAlignGlossary
import TermAlignMatching
@_spi(Engine) import TermAlignText

/// `analyze` as JSON: document, paragraphs, sentences, tokens, confusables, replacements.
package struct AnalysisJSON {
    package let analyzed: AnalyzedText
    package let romanizer: Transliterator?
    package let json: JSONWriter

    package init(analyzed: AnalyzedText, romanizer: Transliterator?, json: JSONWriter) {
        (self.analyzed, self.romanizer, self.json) = (analyzed, romanizer, json)
    }

    package func write() throws {
        let bytes = analyzed.document.bytes
        json.header(analyzed.document, script: analyzed.scripts.dominant)
        json.raw(",\n ")
        json.array("paragraphs", analyzed.paragraphs) { paragraph in
            json.raw("{\"utf8Range\": ")
            json.range(paragraph.range)
            json.raw(", \"kind\": ")
            json.string(paragraph.kind.rawValue)
            script(of: paragraph.range)
        }
        json.raw(",\n ")
        json.array("sentences", analyzed.sentences) { sentence in
            json.raw("{\"utf8Range\": ")
            json.range(sentence.range)
            json.raw(", \"paragraph\": \(sentence.paragraph)")
            script(of: sentence.range)
        }
        json.raw(",\n ")
        try json.array("tokens", analyzed.tokens) { token in
            json.raw("{\"utf8Range\": ")
            json.range(token.range)
            json.raw(", \"text\": ")
            json.string(bytes: bytes[token.range.range])
            json.raw(", \"key\": ")
            json.string(analyzed.lemmaKey(of: token))
            json.raw(", \"normalized\": ")
            json.string(bytes: analyzed.normalized.key[token.keyRange])
            json.raw(", \"kind\": ")
            json.string(token.kind.rawValue)
            if let romanizer {
                json.raw(", \"latin\": ")
                json.string(try romanizer.transliterate(analyzed.text(of: token.range)))
            }
            json.raw("}")
        }
        json.raw(",\n ")
        json.array("confusables", analyzed.confusables) { confusable in
            json.raw("{\"utf8Range\": ")
            json.range(confusable.range)
            json.raw(", \"text\": ")
            json.string(bytes: bytes[confusable.range.range])
            json.raw(", \"scripts\": [")
            json.raw(confusable.scripts.map { "\"\($0.name)\"" }.joined(separator: ", "))
            json.raw("], \"letters\": [")
            for (letterIndex, letter) in confusable.letters.enumerated() {
                if letterIndex > 0 { json.raw(", ") }
                json.raw("{\"utf8Range\": ")
                json.range(letter.range)
                json.raw(", \"letter\": ")
                json.string(String(letter.scalar))
                json.raw(", \"codePoint\": \"\(letter.codePoint)\", \"script\": ")
                json.string(letter.script.name)
                json.raw(", \"looksLike\": ")
                json.optionalString(letter.looksLike.map { String($0) })
                json.raw("}")
            }
            json.raw("]}")
        }
        json.raw(",\n ")
        json.replacementsAndEnd(analyzed.document)
    }

    /// `, "script": …}`: a stretch's dominant script, closing its object.
    private func script(of range: ByteRange) {
        json.raw(", \"script\": ")
        json.optionalString(analyzed.scripts(of: range).dominant?.name)
        json.raw("}")
    }
}

/// `analyze` as text, for people: a summary line, then each paragraph's sentences with their words as
/// `word→key` (and romanized, when asked), then the look-alike warnings.
package struct AnalysisText {
    package let analyzed: AnalyzedText
    package let romanizer: Transliterator?
    package let out: ByteSink

    package init(analyzed: AnalyzedText, romanizer: Transliterator?, out: ByteSink) {
        (self.analyzed, self.romanizer, self.out) = (analyzed, romanizer, out)
    }

    package func write() throws {
        let document = analyzed.document
        out.write("\(document.path ?? document.id): \(document.language), \(document.bytes.count) bytes, "
                  + "script \(analyzed.scripts.dominant?.name ?? "none"), \(analyzed.paragraphs.count) paragraphs, "
                  + "\(analyzed.sentences.count) sentences, \(analyzed.tokens.count) words\n")
        var tokenIndex = 0
        var paragraphShown = -1
        for sentence in analyzed.sentences {
            if sentence.paragraph != paragraphShown {
                let paragraph = analyzed.paragraphs[sentence.paragraph]
                out.write("\n¶ \(paragraph.range) \(paragraph.kind.rawValue)\n")
                paragraphShown = sentence.paragraph
            }
            out.write("  \(sentence.range) \(oneLine(analyzed.text(of: sentence.range)))\n")
            var words: [String] = []
            while tokenIndex < analyzed.tokens.count, analyzed.tokens[tokenIndex].range.lowerBound < sentence.range.upperBound {
                let token = analyzed.tokens[tokenIndex]
                tokenIndex += 1
                guard token.range.lowerBound >= sentence.range.lowerBound else { continue }
                var word = analyzed.text(of: token.range) + "→" + analyzed.lemmaKey(of: token)
                if let romanizer { word += " (" + (try romanizer.transliterate(analyzed.text(of: token.range))) + ")" }
                words.append(word)
            }
            out.write("    " + words.joined(separator: "  ") + "\n")
        }
        if !analyzed.confusables.isEmpty { out.write("\nlook-alike letters from another script:\n") }
        for confusable in analyzed.confusables {
            let letters = confusable.letters.map { letter in
                "\(letter.codePoint) \(letter.script.name) '\(letter.scalar)' at byte \(letter.range.lowerBound)"
                    + (letter.looksLike.map { " looks like \(confusable.mainScript.name) '\($0)'" } ?? "")
            }
            out.write("  \(confusable.range) \(analyzed.text(of: confusable.range)): \(letters.joined(separator: "; "))\n")
        }
    }

    private func oneLine(_ text: String) -> String {
        text.replacing("\r\n", with: " ⏎ ").replacing("\n", with: " ⏎ ")
    }
}
