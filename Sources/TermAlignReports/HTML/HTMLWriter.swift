/// The elements the reports write. Tag names come from this list, never from data.
enum HTMLTag: String {
    case html, head, meta, title, style, script, body, header, main, section, aside
    case h1, h2, p, dl, dt, dd, ul, ol, li, a, mark, span, strong, small, code, q
    case table, caption, colgroup, col, thead, tbody, tr, th, td
    case fieldset, legend, label, input, select, option, output, details, summary
    /// Inline SVG, for charts drawn from numbers (the tracking timeline).
    case svg, g, rect, line, text

    /// Elements without content or end tag.
    var isVoid: Bool { self == .meta || self == .input || self == .col }
}

/// An attribute: its name from the code, its value escaped when written.
struct HTMLAttribute {
    /// Attribute names the reports use; like tags, never taken from data.
    enum Name: String {
        case id, `class`, lang, href, title, charset, name, content, scope, colspan, tabindex, type, value
        case checked, selected, hidden
        case httpEquiv = "http-equiv", ariaLabel = "aria-label", ariaLive = "aria-live"
        case ariaLabelledBy = "aria-labelledby"
        case dataKind = "data-kind", dataSeverity = "data-severity", dataConcepts = "data-concepts"
        case dataFindings = "data-findings", dataSegment = "data-segment"
        case role, viewBox, x, y, width, height, x1, y1, x2, y2
        case textAnchor = "text-anchor"
    }

    let name: Name
    /// Nil for a boolean attribute (`checked`, `hidden`).
    let value: String?

    init(_ name: Name, _ value: String?) {
        self.name = name
        self.value = value
    }

    static func id(_ value: String) -> Self { Self(.id, value) }
    static func `class`(_ value: String) -> Self { Self(.class, value) }
    static func lang(_ value: String) -> Self { Self(.lang, value) }
    static func href(_ value: String) -> Self { Self(.href, value) }
    static func title(_ value: String) -> Self { Self(.title, value) }
    static func flag(_ name: Name) -> Self { Self(name, nil) }
}

/// Writes HTML into a sink through a typed builder: every text and attribute value goes through
/// ``HTMLEscaping``, so nothing read from a document or a glossary can become markup. The only
/// unescaped bytes are the report's own style sheet and script (``HTMLAsset``).
struct HTMLWriter {
    let out: ByteSink

    /// An element with content written by `content`.
    func element(_ tag: HTMLTag, _ attributes: HTMLAttribute..., content: () -> Void) {
        element(tag, attributes, content: content)
    }

    /// An element with content written by `content`, its attributes computed.
    func element(_ tag: HTMLTag, _ attributes: [HTMLAttribute], content: () -> Void) {
        open(tag, attributes)
        content()
        close(tag)
    }

    /// An element whose content is one piece of text.
    func element(_ tag: HTMLTag, _ attributes: HTMLAttribute..., text: String) {
        open(tag, attributes)
        self.text(text)
        close(tag)
    }

    /// An element without content (`meta`, `input`, `col`).
    func void(_ tag: HTMLTag, _ attributes: HTMLAttribute...) {
        open(tag, attributes)
    }

    /// Text, escaped.
    func text(_ text: String) {
        HTMLEscaping.write(text, to: out)
    }

    /// Bytes of a document (valid UTF-8), escaped, without building a String.
    func text(_ bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBufferPointer { HTMLEscaping.write($0, to: out) }
    }

    /// The report's own CSS or JavaScript, inside `style` or `script`.
    func asset(_ asset: HTMLAsset) {
        out.write(asset.source)
    }

    /// The document type line.
    func doctype() { out.write("<!DOCTYPE html>\n") }

    /// A table with a caption (when given), a row of column headings, and a body `rows` writes.
    func table(_ className: String, caption: String?, headings: [String], rows: () -> Void) {
        element(.table, .class(className)) {
            if let caption { element(.caption, text: caption) }
            element(.thead) {
                element(.tr) {
                    for heading in headings { element(.th, HTMLAttribute(.scope, "col"), text: heading) }
                }
            }
            element(.tbody, content: rows)
        }
    }

    /// A report's `head`: UTF-8, the viewport, a content security policy that lets nothing be
    /// fetched (the page is one file, and data in it must not reach the network) and allows the
    /// report's own script only when it has one, the title, and the style sheets.
    func head(title: String, script: Bool, styles: [HTMLAsset]) {
        element(.head) {
            void(.meta, HTMLAttribute(.charset, "utf-8"))
            void(.meta, HTMLAttribute(.name, "viewport"), HTMLAttribute(.content, "width=device-width, initial-scale=1"))
            void(.meta, HTMLAttribute(.httpEquiv, "Content-Security-Policy"),
                 HTMLAttribute(.content, "default-src 'none'; style-src 'unsafe-inline'" + (script ? "; script-src 'unsafe-inline'" : "")))
            void(.meta, HTMLAttribute(.name, "generator"), HTMLAttribute(.content, "TermAlign"))
            element(.title, text: title)
            element(.style) { for style in styles { asset(style) } }
        }
    }

    /// A line break in the source, for people who read it.
    func newline() { out.write(byte: 0x0A) }

    /// A start tag; for content written between events (``close(_:)`` ends it).
    func open(_ tag: HTMLTag, _ attributes: [HTMLAttribute]) {
        out.write("<" + tag.rawValue)
        for attribute in attributes {
            out.write(" " + attribute.name.rawValue)
            guard let value = attribute.value else { continue }
            out.write("=\"")
            HTMLEscaping.write(value, to: out)
            out.write(byte: UInt8(ascii: "\""))
        }
        out.write(byte: UInt8(ascii: ">"))
    }

    /// An end tag.
    func close(_ tag: HTMLTag) {
        guard !tag.isVoid else { return }
        out.write("</" + tag.rawValue + ">")
    }
}

/// CSS or JavaScript written by the project. Only this module can make one, from a literal, so no data
/// reaches the page unescaped.
struct HTMLAsset {
    let source: String

    init(_ source: StaticString) {
        self.source = source.description
    }

    /// A rule set generated by the report from numbers and its own class names only.
    init(generated: String) {
        self.source = generated
    }
}
