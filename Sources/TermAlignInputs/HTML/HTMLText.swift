@_spi(Engine) import TermAlignText

/// The text of an HTML page as a reader sees it: the main article (``HTMLContentRoot``) without
/// scripts, styles, menus, headers, footers and side bars; block elements as paragraphs, `<br>` as a
/// line break, character references decoded, white space collapsed. Every byte of the text keeps its
/// place in the page.
enum HTMLText {
    /// Extracts the text of `page` (UTF-8) and the map back into it.
    static func extract(_ page: [UInt8]) -> (text: [UInt8], anchors: [TextOrigin.Anchor]) {
        page.withUnsafeBufferPointer { page in
            let tokens = HTMLTokenizer.tokens(of: page)
            let spans = HTMLElementSpans(tokens)
            let root = HTMLContentRoot(page: page, tokens: tokens, spans: spans)
            var builder = TextBuilder()
            // The title above a container chosen by its text, read as the article is: its own
            // start and end tags make it a paragraph.
            if let heading = root.headingOutside {
                append(heading..<spans.ends[heading] + 1, of: tokens, spans, page, insideArticle: false, to: &builder)
            }
            let start = root.element.map { $0 + 1 } ?? 0
            let end = root.element.map { spans.ends[$0] } ?? tokens.count
            append(start..<end, of: tokens, spans, page, insideArticle: root.isArticle, to: &builder)
            return (builder.bytes, builder.anchors)
        }
    }

    /// Appends the text of `tokens[range]`, leaving out what is never the page's text and the frame
    /// (an article's own `<header>` holds its title and stays).
    private static func append(_ range: Range<Int>, of tokens: [HTMLToken], _ spans: HTMLElementSpans,
                               _ page: UnsafeBufferPointer<UInt8>, insideArticle: Bool, to builder: inout TextBuilder) {
        var index = range.lowerBound
        while index < min(range.upperBound, tokens.count) {
            switch tokens[index] {
            case let .start(name, attributes, _):
                if HTMLLayout.alwaysDropped.contains(name)
                    || (HTMLLayout.frame.contains(name) && !(insideArticle && name == "header"))
                    || HTMLLayout.isFrame(attributes) {
                    index = max(spans.ends[index], index)
                } else if name == "br" {
                    builder.lineBreak()
                } else if HTMLLayout.block.contains(name) {
                    builder.paragraphBreak()
                }
            case let .end(name):
                if HTMLLayout.block.contains(name) { builder.paragraphBreak() }
            case let .text(range):
                appendText(page, range, to: &builder)
            }
            index += 1
        }
    }

    /// Appends a text token: runs of ordinary bytes copied, references decoded.
    private static func appendText(_ page: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to builder: inout TextBuilder) {
        var runStart = range.lowerBound
        var index = range.lowerBound
        while let ampersand = UTF8Scanning.firstIndex(of: UInt8(ascii: "&"), in: page, index..<range.upperBound) {
            guard let (scalar, after) = HTMLReferences.decode(page, at: ampersand, end: range.upperBound) else {
                index = ampersand + 1
                continue
            }
            index = ampersand
            builder.append(page, range: runStart..<index, source: runStart, collapse: true)
            builder.appendDecoded(UTF8.encode(scalar)!, source: index)
            index = after
            runStart = after
        }
        builder.append(page, range: runStart..<range.upperBound, source: runStart, collapse: true)
    }
}
