@_spi(Engine) import TermAlignText

extension JSONWriter {
    /// `{"schemaVersion": 1, "document": {"path": …, "language": …, "utf8Length": …, "script": …}` —
    /// how every single-document command's output begins.
    package func header(_ document: Document, script: Script?) {
        raw("{\"schemaVersion\": 1,\n \"document\": {\"path\": ")
        optionalString(document.path)
        raw(", \"language\": ")
        string(document.language.rawValue)
        raw(", \"utf8Length\": ")
        number(document.bytes.count)
        raw(", \"script\": ")
        optionalString(script?.name)
        raw("}")
    }

    /// `"replacements": [[start, end], …]}` — where lossy decoding read U+FFFD, and the end of the
    /// output.
    package func replacementsAndEnd(_ document: Document) {
        raw("\"replacements\": [")
        for (index, replacement) in document.replacements.enumerated() {
            if index > 0 { raw(", ") }
            range(replacement)
        }
        raw("]}\n")
    }
}
