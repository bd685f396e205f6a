import Foundation
import Testing
import TermAlignComparison
import TermAlignGlossary
import TermAlignReports
import TermAlignText

/// The HTML page: hostile text from documents and glossaries stays text, the markup is balanced, and
/// every occurrence and finding of the comparison is on the page.
@Suite("HTML report")
struct HTMLReportTests {
    /// A glossary whose own texts try to become markup.
    static let hostileGlossary = """
        title: 'Hostile <script>alert("title")</script>'
        concepts:
          - id: nato-enlargement
            definition: 'Expansion </style><script>alert(3)</script>'
            note: '"><img src=x onerror=alert(4)> & more'
            terms:
              ru:
                - term: расширение НАТО
                  status: preferred
              en:
                - term: NATO enlargement
                  status: preferred
                  note: "<iframe src='javascript:alert(5)'>"
        """

    static func hostileComparison() throws -> Comparison {
        let glossary = try Glossary.load(bytes: Array(hostileGlossary.utf8), file: "hostile.yaml", format: .yaml).glossary
        let documents = [
            Document(text: "1. Стороны выступают против расширения НАТО.\n\n2. Стороны уважают суверенитет друг друга.\n", id: "ru", language: .ru),
            Document(text: EscapingTests.hostile, id: "en\"><b onmouseover=alert(6)>", language: .en),
        ]
        return try Comparer(glossary: glossary).compare(documents)
    }

    @Test func documentAndGlossaryTextNeverBecomesMarkup() throws {
        let comparison = try Self.hostileComparison()
        let page = ComparisonReport(comparison: comparison, glossaryName: "hostile<x>.yaml").render(.html)
        // The report's own script is the only script element; nothing from the data opens a tag.
        #expect(page.components(separatedBy: "<script").count == 2)
        for injected in ["<img", "<iframe", "<b onmouseover", "</style><script", "<x>"] {
            #expect(!page.contains(injected), "\(injected) reached the page as markup")
        }
        // (The digits inside are number-mismatch evidence, so they are marked.)
        #expect(page.contains("&lt;script&gt;alert(") && page.contains(")&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert("))
        #expect(page.contains("en&quot;&gt;&lt;b onmouseover=alert(6)&gt;"))
        #expect(page.contains("&lt;iframe src=&#39;javascript:alert(5)&#39;&gt;"))
        // The hostile term was still found and highlighted.
        #expect(comparison.occurrences.contains { $0.document == 1 })
        #expect(page.contains("<mark class=\"term"))
    }

    @Test func controlCharactersAreShownNotDropped() throws {
        let documents = [
            Document(text: "Стороны выступают против расширения НАТО.\u{7}\u{1B}\n", id: "ru", language: .ru),
            Document(text: "The Sides oppose NATO enlargement.\u{7}\u{1B}\n", id: "en", language: .en),
        ]
        let comparison = try Comparer(glossary: ShippedGlossary.load().glossary).compare(documents)
        let page = ComparisonReport(comparison: comparison, glossaryName: "g").render(.html)
        #expect(!page.utf8.contains(7) && !page.utf8.contains(0x1B))
        // The sentence splitter makes the two controls a segment of their own.
        #expect(page.contains("<td class=\"text\" lang=\"en\">\u{2407}\u{241B}</td>"))
    }

    @Test func markupIsBalanced() throws {
        for comparison in [ReportGoldenTests.comparison, try Self.hostileComparison()] {
            let page = ComparisonReport(comparison: comparison, glossaryName: "g").render(.html)
            #expect(try HTMLTagBalance.check(page) == nil)
        }
    }

    @Test func everyOccurrenceAndFindingIsOnThePage() {
        let comparison = ReportGoldenTests.comparison
        let page = ReportGoldenTests.report.render(.html)
        let marks = page.components(separatedBy: "<mark class=\"term").count - 1
        // Occurrences at the same words share a mark.
        let distinct = Set(comparison.occurrences.map { [$0.document, $0.occurrence.range.lowerBound, $0.occurrence.range.upperBound] })
        #expect(marks == distinct.count)
        #expect(!page.contains("left out of the side-by-side view"))
        for index in comparison.findings.indices { #expect(page.contains("<li id=\"f\(index + 1)\" class=\"finding")) }
        for segment in comparison.alignment.segments { #expect(page.contains("<tr id=\"\(segment.id)\"")) }
        for document in comparison.documents {
            #expect(page.contains("<th scope=\"col\" class=\"version\">\(document.id)<small>"))
        }
        // Nothing is fetched: no external URL anywhere in the page.
        #expect(!page.contains("http://") && !page.contains("https://") && !page.contains("src="))
    }
}

/// Checks that every element the page opens is closed in order (void elements excepted).
enum HTMLTagBalance {
    static let void: Set<String> = ["meta", "input", "br", "col", "img", "link", "hr"]

    /// - Returns: A description of the first imbalance, or nil when the page is balanced.
    static func check(_ page: String) throws -> String? {
        let tag = try Regex(#"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>"#)
        var stack: [String] = []
        var text = Substring(page)
        if let doctype = text.range(of: "<!DOCTYPE html>") { text = text[doctype.upperBound...] }
        // Style and script bodies are not markup.
        for match in text.matches(of: tag) {
            let (closing, name) = (match.output[1].substring == "/", String(match.output[2].substring ?? "").lowercased())
            if let open = stack.last, open == "style" || open == "script", !(closing && name == open) { continue }
            if closing {
                guard stack.last == name else { return "</\(name)> closes <\(stack.last ?? "nothing")>" }
                stack.removeLast()
            } else if !void.contains(name) {
                stack.append(name)
            }
        }
        return stack.isEmpty ? nil : "unclosed: \(stack)"
    }
}
