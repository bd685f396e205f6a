import Foundation
import Testing
import TermAlign
import TermAlignTestSupport

/// Web pages: the text of the article and nothing of the frame, every position shown in the page.
struct HTMLInputTests {
    @Test(arguments: SampleVersions.languages)
    func aPageGivesTheTextOfItsArticle(_ language: String) throws {
        let text = try SampleVersions.text(language)
        let page = Array(SampleFormats.html(text).utf8)
        let (extracted, origin) = try InputReader.text(of: page, format: .html, file: "page.html")
        #expect(String(decoding: extracted, as: UTF8.self) == text.trimmingCharacters(in: .newlines))
        #expect(origin.format == .html && origin.mapsPositions)
    }

    @Test func theFrameIsLeftOut() throws {
        let page = Array(SampleFormats.html(try SampleVersions.text("en")).utf8)
        let text = String(decoding: try InputReader.text(of: page, format: .html, file: "page.html").0, as: UTF8.self)
        for furniture in ["Portal", "Strategic partnership news", "Multipolar world", "Related", "Press service", "cookies", "var menu", "margin"] {
            #expect(!text.contains(furniture), "\(furniture)")
        }
    }

    @Test(arguments: SampleVersions.languages)
    func everyOccurrencePointsAtItsWordsInThePage(_ language: String) throws {
        let page = Array(SampleFormats.html(try SampleVersions.text(language)).utf8)
        let (text, origin) = try InputReader.text(of: page, format: .html, file: "page.html")
        let document = try SampleVersions.document(text, origin, language)
        let found = try SampleVersions.comparer.matcher.occurrences(in: document)
        #expect(found.count > 5)
        let lines = LineColumnIndex(page)
        let mapped = DocumentLines(document)
        for occurrence in found {
            let start = try #require(origin.sourceOffset(of: occurrence.range.lowerBound))
            let quoted = String(decoding: page[start..<min(page.count, start + occurrence.range.count)], as: UTF8.self)
            // Every occurrence of the sample lies in one line of its paragraph: its bytes are the page's.
            #expect(quoted == occurrence.text, "\(occurrence.text) at \(start)")
            #expect(mapped.location(of: occurrence.range.lowerBound) == lines.location(of: start))
        }
    }

    @Test func referencesAreDecodedAndKeepTheirPlace() throws {
        let page = Array("<p>Le&nbsp;monde &laquo;multipolaire&raquo; &#x4E16;&#30028; &amp; co&unknown; x</p>".utf8)
        let (text, origin) = try InputReader.text(of: page, format: .html, file: "page.html")
        #expect(String(decoding: text, as: UTF8.self) == "Le\u{A0}monde «multipolaire» 世界 & co&unknown; x")
        let word = try #require(String(decoding: text, as: UTF8.self).range(of: "multipolaire"))
        let offset = String(decoding: text, as: UTF8.self).utf8.distance(from: "".startIndex, to: word.lowerBound)
        let source = try #require(origin.sourceOffset(of: offset))
        #expect(String(decoding: page[source..<source + 12], as: UTF8.self) == "multipolaire")
    }

    @Test func withoutMainTheLongestArticleIsTheText() throws {
        let page = """
            <html><body><div id="menu">Menu text</div>
            <article><p>A teaser of another story.</p></article>
            <article><h1>The statement</h1><p>Its first paragraph is the longest text of the page by far.</p>
            <div class="share">Share on social media</div></article>
            <article><p>Another teaser.</p></article></body></html>
            """
        let text = String(decoding: try InputReader.text(of: Array(page.utf8), format: .html, file: "p.html").0, as: UTF8.self)
        #expect(text == "The statement\n\nIts first paragraph is the longest text of the page by far.")
    }

    /// A page of an older site: laid out with tables and `<div>`s, no `<main>` or `<article>`, the
    /// title above the text's `<div>`, a date line, a long list of related stories and a footer whose
    /// classes say nothing.
    static func tableLayoutPage(_ text: String) -> String {
        let paragraphs = SampleFormats.paragraphs(text)
        let title = paragraphs[0].components(separatedBy: "\n").map(SampleFormats.escaped).joined(separator: "<br>")
        let body = paragraphs.dropFirst().map { "<p style=\"text-indent:2em\">\(Self.lines($0))</p>" }.joined(separator: "\n")
        let related = (1...12).map { "<li><a href=\"/n\($0).html\">Foreign Ministry Spokesperson's Regular Press Conference on March \($0), 2023 on strategic partnership</a></li>" }
        return """
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>t</title></head>
            <body><table width="100%"><tr><td><div class="topbar"><a href="/">Home</a> | <a href="/x">Ministry</a> | <a href="/y">Sovereignty and territorial integrity</a></div></td></tr>
            <tr><td><div class="crumbs">Home &gt; News &gt; Statements</div>
            <h1 class="title">\(title)</h1>
            <div class="time">2023-03-21 18:05</div>
            <div id="News_Body_Txt_A">
            \(body)
            </div>
            <div class="xgxw"><ul>\(related.joined(separator: "\n"))</ul></div>
            </td></tr></table>
            <div class="bottom">Copyright 2023. All rights reserved. New era of web design.</div></body></html>
            """
    }

    /// A paragraph's lines, escaped, with `<br>` between them.
    static func lines(_ paragraph: String) -> String {
        paragraph.components(separatedBy: "\n").map(SampleFormats.escaped).joined(separator: "<br>\n")
    }

    /// A page laid out as the Kremlin's: title and date in one block, the text in another, tags in a
    /// third, no `<article>`.
    static func blockLayoutPage(_ text: String) -> String {
        let paragraphs = SampleFormats.paragraphs(text)
        let title = paragraphs[0].components(separatedBy: "\n").map(SampleFormats.escaped).joined(separator: "<br>")
        let body = paragraphs.dropFirst().map { "<p>\(Self.lines($0))</p>" }.joined(separator: "\n")
        return """
            <html><body><div class="header"><ul class="menu"><li>President</li><li>News</li><li>Events</li></ul></div>
            <div class="read"><div class="read__top"><h1 class="entry-title">\(title)</h1>
            <p class="read__published">March 21, 2023, 18:00, The Kremlin, Moscow</p></div>
            <div class="read__internal_content">
            \(body)
            </div>
            <div class="read__bottom"><p>Published in sections: News, Transcripts. Topics: Foreign policy.</p></div></div>
            <div class="footer-links">Kremlin.ru for the visually impaired. Strategic partnership of content.</div></body></html>
            """
    }

    @Test(arguments: SampleVersions.languages)
    func olderLayoutsGiveTheTitleAndTheTextOnly(_ language: String) throws {
        let text = try SampleVersions.text(language)
        for page in [Self.tableLayoutPage(text), Self.blockLayoutPage(text)] {
            let extracted = String(decoding: try InputReader.text(of: Array(page.utf8), format: .html, file: "p.html").0, as: UTF8.self)
            #expect(extracted == text.trimmingCharacters(in: .newlines))
        }
    }

    @Test func paragraphsSeparatedByTwoLineBreaksStayParagraphs() throws {
        let page = "<html><body><div id=\"text\">　　双方重申，中俄关系进入新时代。<br><br>\n　　双方反对霸权主义。<br/>\n<br/>最后一段。</div></body></html>"
        let text = String(decoding: try InputReader.text(of: Array(page.utf8), format: .html, file: "p.html").0, as: UTF8.self)
        #expect(text == "　　双方重申，中俄关系进入新时代。\n\n　　双方反对霸权主义。\n\n最后一段。")
    }

    @Test func aPageOfFrameOnlyIsAnErrorThatSaysWhatToDo() throws {
        let page = "<html><body><nav>Home News</nav><footer>Copyright</footer></body></html>"
        #expect {
            _ = try InputReader.text(of: Array(page.utf8), format: .html, file: "empty.html")
        } throws: { error in
            let error = error as? InputError
            return error?.kind == .empty && error?.description.contains("save it as text") == true
        }
    }

    @Test(arguments: ["<p>unclosed <b>bold <p>next", "<<<>>> <p a=\"", "<!-- never closed", "<script>never closed",
                      "text & more &#; &#xZZ; &#99999999;", ""])
    func brokenMarkupNeverCrashes(_ page: String) throws {
        let bytes = Array(page.utf8)
        if let (text, origin) = try? InputReader.text(of: bytes, format: .html, file: "broken.html") {
            for offset in 0...text.count { #expect(origin.sourceOffset(of: offset).map { $0 <= bytes.count } ?? true) }
        }
    }
}
