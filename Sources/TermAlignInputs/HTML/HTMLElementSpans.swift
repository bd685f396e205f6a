/// The elements of a tokenized page: for each start token, the index of the token that ends it, as a
/// lenient browser nests them (an end tag closes the nearest open element of its name and everything
/// opened inside it; one that matches nothing is ignored; `<p>` after `<p>` closes the first).
/// Indexed by token; entries of tokens that start no element are unused.
struct HTMLElementSpans {
    /// For each element start, the index of its end (the end tag, or the token that closed it
    /// implicitly; `tokens.count` when the page ends first; itself for a void element).
    private(set) var ends: [Int]
    /// For each element start, the bytes of text inside it.
    private(set) var textInside: [Int]
    /// For each element start, the start of the element that holds it (-1 for the outermost).
    private(set) var parents: [Int]

    init(_ tokens: [HTMLToken]) {
        ends = Array(tokens.indices)
        textInside = [Int](repeating: 0, count: tokens.count)
        parents = [Int](repeating: -1, count: tokens.count)
        var open: [(name: String, token: Int, textBefore: Int)] = []
        var text = 0
        func close(through depth: Int, at token: Int) {
            while open.count > depth {
                let element = open.removeLast()
                ends[element.token] = token
                textInside[element.token] = text - element.textBefore
            }
        }
        for (index, token) in tokens.enumerated() {
            switch token {
            case let .start(name, _, selfClosing):
                if let last = open.last, HTMLLayout.closedBySibling.contains(name), last.name == name {
                    close(through: open.count - 1, at: index)
                } else if name != "p", HTMLLayout.block.contains(name), open.last?.name == "p" {
                    close(through: open.count - 1, at: index)
                }
                if let parent = open.last { parents[index] = parent.token }
                if !selfClosing && !HTMLLayout.void.contains(name) { open.append((name, index, text)) }
            case let .end(name):
                if let depth = open.lastIndex(where: { $0.name == name }) { close(through: depth, at: index) }
            case let .text(range):
                text += range.count
            }
        }
        close(through: 0, at: tokens.count)
    }

    /// The element holding the one that starts at `index`, if any.
    func parent(of index: Int) -> Int? {
        parents[index] >= 0 ? parents[index] : nil
    }
}
