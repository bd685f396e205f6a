import Foundation
import ZIPFoundation

/// The bundled sample's versions saved the way people's files come: a web page with a menu, a
/// header and a footer around the text, a Word and an OpenDocument file, an XLIFF 2 file per pair,
/// a TMX file of all three. Built from the text at test time, so each has the text file as its gold.
package enum SampleFormats {
    /// The paragraphs of a text (blank-line separated), each with its line breaks.
    package static func paragraphs(_ text: String) -> [String] {
        text.trimmingCharacters(in: .newlines).components(separatedBy: "\n\n")
    }

    /// Text escaped for XML and HTML content.
    package static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// A page as a browser saves one: head, scripts, a site header with a menu, the statement in
    /// `<main>`, a side bar and a footer, each paragraph a `<p>` and the first a heading.
    package static func html(_ text: String, title: String = "Statement") -> String {
        let body = paragraphs(text).enumerated().map { index, paragraph in
            let tag = index == 0 ? "h1" : "p"
            let lines = paragraph.components(separatedBy: "\n").map(escaped).joined(separator: "<br>\n    ")
            return "  <\(tag) class=\"text\">\(lines)</\(tag)>"
        }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="x"><head><meta charset="utf-8"><title>\(escaped(title))</title>
            <script>var menu = "<p>new era</p>"; if (a < b && c) {}</script>
            <style>p.text { margin: 0 }</style></head>
            <body>
            <header class="site-header"><a href="/">Portal</a>
              <nav><ul><li><a href="/news">Strategic partnership news</a></li><li>Multipolar world</li></ul></nav>
            </header>
            <div class="layout"><main>
            \(body)
            </main>
            <aside class="sidebar"><p>Related: the Cold War, sovereignty, NATO</p></aside></div>
            <footer><p>&copy; 2023 Press service. Territorial integrity of the site.</p></footer>
            <div class="cookie">We use cookies.</div>
            </body></html>

            """
    }

    /// `word/document.xml` of a Word file: a heading, then a paragraph each, every paragraph split into
    /// two runs as Word splits them (at its first space), line breaks as `<w:br/>`.
    package static func wordDocument(_ text: String) -> String {
        let body = paragraphs(text).enumerated().map { index, paragraph in
            let style = index == 0 ? "<w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>" : ""
            let lines = paragraph.components(separatedBy: "\n").map { line -> String in
                guard let space = line.firstIndex(of: " ") else { return "<w:r><w:t>\(escaped(line))</w:t></w:r>" }
                return "<w:r><w:t xml:space=\"preserve\">\(escaped(String(line[...space])))</w:t></w:r>"
                    + "<w:r><w:rPr><w:lang w:val=\"x\"/></w:rPr><w:t>\(escaped(String(line[line.index(after: space)...])))</w:t></w:r>"
            }.joined(separator: "<w:r><w:br/></w:r>")
            return "<w:p>\(style)\(lines)</w:p>"
        }.joined(separator: "\n")
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
            \(body)
            <w:sectPr/></w:body></w:document>
            """
    }

    /// A .docx file: `document` as its body, with `footnotes` if given, and the parts Word expects.
    package static func docx(document: String, footnotes: String? = nil) throws -> [UInt8] {
        var members = [
            ("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
                """),
            ("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
                """),
            ("word/document.xml", document),
        ]
        if let footnotes { members.append(("word/footnotes.xml", footnotes)) }
        return try zip(members.map { ($0.0, Array($0.1.utf8)) })
    }

    /// An .odt file of `text`: a heading, then a paragraph each, line breaks as `<text:line-break/>`.
    package static func odt(_ text: String) throws -> [UInt8] {
        let body = paragraphs(text).enumerated().map { index, paragraph in
            let lines = paragraph.components(separatedBy: "\n").map(escaped).joined(separator: "<text:line-break/>")
            return index == 0 ? "<text:h text:outline-level=\"1\">\(lines)</text:h>" : "<text:p text:style-name=\"P1\">\(lines)</text:p>"
        }.joined(separator: "\n")
        let content = """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:text>
            \(body)
            </office:text></office:body></office:document-content>
            """
        return try zip([("mimetype", Array("application/vnd.oasis.opendocument.text".utf8)), ("content.xml", Array(content.utf8))])
    }

    /// An XLIFF 2.0 file with one unit per paragraph of the two texts (the same number of paragraphs).
    package static func xliff2(source: (language: String, text: String), target: (language: String, text: String)) -> String {
        let units = Swift.zip(paragraphs(source.text), paragraphs(target.text)).enumerated().map { index, pair in
            "  <unit id=\"p\(index + 1)\"><segment><source>\(escaped(pair.0))</source><target>\(escaped(pair.1))</target></segment></unit>"
        }.joined(separator: "\n")
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="\(source.language)" trgLang="\(target.language)">
             <file id="f1">
            \(units)
             </file>
            </xliff>

            """
    }

    /// A TMX 1.4 file with one translation unit per paragraph of the texts.
    package static func tmx(_ versions: [(language: String, text: String)]) -> String {
        let split = versions.map { paragraphs($0.text) }
        let units = split[0].indices.map { index in
            let variants = versions.indices.map { "<tuv xml:lang=\"\(versions[$0].language)\"><seg>\(escaped(split[$0][index]))</seg></tuv>" }
            return "  <tu tuid=\"\(index + 1)\">\(variants.joined())</tu>"
        }.joined(separator: "\n")
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="TermAlign tests" creationtoolversion="1" segtype="paragraph" o-tmf="none" adminlang="en" srclang="\(versions[0].language)" datatype="plaintext"/>
            <body>
            \(units)
            </body></tmx>

            """
    }

    /// A ZIP archive of the members, compressed as office files are.
    package static func zip(_ members: [(String, [UInt8])]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, bytes) in members {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                Data(bytes[Int(position)..<Int(position) + size])
            }
        }
        return [UInt8](archive.data ?? Data())
    }
}
