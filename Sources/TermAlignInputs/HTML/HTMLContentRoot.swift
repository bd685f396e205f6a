/// The element of a page that holds its article: the first `<main>` (or `role="main"`), else the
/// `<article>` with the most text; on a page without either (older sites lay out with `<div>` and
/// `<table>`), the container with the most text in paragraphs, found as readers of web pages do:
/// each piece of text counts for the block that holds it, fully for that block's parent and half for
/// its grandparent, and text in links, menus and frame does not count. When no container holds a good part
/// of the page's text, the body is the article.
struct HTMLContentRoot {
    /// The start token of the article's element; nil for the whole page.
    private(set) var element: Int?
    /// Whether the element is a `<main>` or `<article>` (its own `<header>` then holds its title).
    private(set) var isArticle = false
    /// A page's `<h1>` outside a container chosen by its text (the title above the text's `<div>`).
    private(set) var headingOutside: Int?

    /// The share of the page's text a container must hold to be taken for the article.
    static let leastShare = 0.4
    /// Elements whose text is a paragraph of an article.
    static let paragraphs: Set<String> = ["p", "pre", "blockquote"]
    /// Elements that may hold the article.
    static let containers: Set<String> = ["div", "td", "section", "center", "body"]

    init(page: UnsafeBufferPointer<UInt8>, tokens: [HTMLToken], spans: HTMLElementSpans) {
        var body: Int?
        var longestArticle: (token: Int, text: Int)?
        for (index, token) in tokens.enumerated() {
            guard case let .start(name, attributes, _) = token else { continue }
            if name == "main" || attributes["role"]?.lowercased() == "main" {
                (element, isArticle) = (index, true)
                return
            }
            if name == "body", body == nil { body = index }
            if name == "article", spans.textInside[index] > (longestArticle?.text ?? -1) {
                longestArticle = (index, spans.textInside[index])
            }
        }
        if let longestArticle {
            (element, isArticle) = (longestArticle.token, true)
            return
        }
        element = body
        guard let (best, share) = Self.densestContainer(page, tokens, spans), share >= Self.leastShare else { return }
        element = best
        headingOutside = tokens.indices.first { index in
            guard case .start("h1", _, _) = tokens[index] else { return false }
            return index < best && spans.ends[index] < best
        }
    }

    /// The container whose paragraphs hold the most text, and its share of all the text counted.
    private static func densestContainer(_ page: UnsafeBufferPointer<UInt8>, _ tokens: [HTMLToken],
                                         _ spans: HTMLElementSpans) -> (Int, Double)? {
        var scores: [Int: Double] = [:]
        var total = 0.0
        var open: [Int] = []
        var skipUntil = -1
        var linkUntil = -1
        for (index, token) in tokens.enumerated() {
            while let last = open.last, spans.ends[last] <= index { open.removeLast() }
            guard index > skipUntil else { continue }
            switch token {
            case let .start(name, attributes, _):
                if HTMLLayout.alwaysDropped.contains(name) || HTMLLayout.frame.contains(name) || HTMLLayout.isFrame(attributes) {
                    skipUntil = spans.ends[index]
                } else if name == "a" {
                    linkUntil = max(linkUntil, spans.ends[index])
                } else if HTMLLayout.block.contains(name), spans.ends[index] > index {
                    open.append(index)
                }
            case let .text(range):
                // Only the text of paragraphs counts, and of containers that hold text themselves (a
                // `<div>` of lines and `<br>`s): not headings, list items or the text of links, which
                // are a page's navigation (related stories, tags).
                guard let block = open.last, index > linkUntil,
                      case let .start(name, _, _) = tokens[block], Self.paragraphs.contains(name) || Self.containers.contains(name) else { continue }
                // Letters count, not the indentation between tags.
                let weight = Double(range.count { !TextBuilder.isWhitespace(page[$0]) })
                guard weight > 0 else { continue }
                total += weight
                let parent = spans.parent(of: block)
                for (element, share) in [(block, 1.0), (parent, 1.0), (parent.flatMap { spans.parent(of: $0) }, 0.5)] {
                    guard let element, case let .start(name, _, _) = tokens[element], Self.containers.contains(name) else { continue }
                    scores[element, default: 0] += weight * share
                }
            case .end:
                break
            }
        }
        guard total > 0, let best = scores.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) else { return nil }
        guard case let .start(name, _, _) = tokens[best.key], name != "body" else { return nil }
        return (best.key, best.value / total)
    }
}
