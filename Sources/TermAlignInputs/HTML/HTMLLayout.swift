/// What the elements of an HTML page mean to a reader of its text: which start a paragraph, which
/// hold no text of the page (scripts, menus, headers and footers), which hold the article itself.
enum HTMLLayout {
    /// Elements with no end tag.
    static let void: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]

    /// Elements that start and end a paragraph of the text.
    static let block: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "option",
    ]

    /// Elements whose content is never the page's text, wherever they are.
    static let alwaysDropped: Set<String> = [
        "head", "script", "style", "noscript", "template", "form", "button", "select", "iframe", "svg", "math",
        "object", "canvas", "audio", "video", "dialog", "menu",
    ]

    /// Elements that frame the page around its article: dropped outside the article, and the
    /// navigation and side notes inside it too (an article's own `<header>` holds its title).
    static let frame: Set<String> = ["nav", "header", "footer", "aside"]

    /// Roles that mark the frame of a page (WAI-ARIA landmarks).
    static let frameRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "toolbar",
    ]

    /// Class or id words that sites give their menus and furniture (each compared whole).
    static let frameNames: Set<String> = [
        "nav", "navbar", "navigation", "menu", "mainmenu", "main-menu", "topmenu", "header", "site-header",
        "footer", "site-footer", "breadcrumb", "breadcrumbs", "sidebar", "share", "social", "cookie", "cookies",
        "banner", "skip-link", "pagination", "related",
    ]

    /// Elements a start tag of which closes an open one of the same kind (`<li>` after `<li>`).
    static let closedBySibling: Set<String> = ["p", "li", "dt", "dd", "tr", "td", "th", "option"]

    /// Whether an element is page furniture by its attributes.
    static func isFrame(_ attributes: [String: String]) -> Bool {
        if attributes["hidden"] != nil || attributes["aria-hidden"]?.lowercased() == "true" { return true }
        if let role = attributes["role"]?.lowercased(), frameRoles.contains(role) { return true }
        for key in ["class", "id"] {
            guard let value = attributes[key]?.lowercased() else { continue }
            if value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).contains(where: { frameNames.contains(String($0)) }) {
                return true
            }
        }
        return false
    }
}
