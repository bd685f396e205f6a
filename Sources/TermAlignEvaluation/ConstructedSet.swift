import TermAlignComparison
import TermAlignText

/// A link of the gold alignment between two versions: gold sentence `a` of the first and `b` of the
/// second say (part of) the same thing.
package struct SentenceLink: Hashable, Sendable {
    package let a: Int
    package let b: Int

    package init(_ a: Int, _ b: Int) {
        self.a = a
        self.b = b
    }
}

/// Versions built from one source document for one case, with what is known about them: every gold
/// sentence's source sentences, and the divergences made on purpose.
package struct ConstructedSet: Sendable {
    package let name: String
    package let evaluationCase: EvaluationCase
    /// In the order they are compared.
    package let versions: [VersionText]
    package let documents: [Document]
    package let divergences: [ConstructedDivergence]
    /// The same source rendered whole in the same languages and order: what comparing the source's
    /// own translations finds (a divergence of the translators, a rendering the glossary lacks) is
    /// found there too, and is not the construction's.
    package let clean: [VersionText]

    package init(name: String, evaluationCase: EvaluationCase, versions: [VersionText], divergences: [ConstructedDivergence],
                 clean: [VersionText]) {
        self.name = name
        self.evaluationCase = evaluationCase
        self.versions = versions
        let ids = versions.count == 2 ? ["a", "b"] : ["a", "b", "c"]
        documents = versions.indices.map { versions[$0].document(id: "\(ids[$0]).\(versions[$0].language.rawValue)") }
        self.divergences = divergences
        self.clean = clean
    }

    /// The clean versions as documents, with the same ids.
    package var cleanDocuments: [Document] {
        clean.indices.map { clean[$0].document(id: documents[$0].id) }
    }

    /// Whether a finding rests on a divergence of `kind` built into the set: a true finding (in the
    /// shared text), or one about text outside it.
    package func rests(_ finding: Finding, on kind: ConstructedDivergence.Kind) -> Bool {
        divergences.contains { $0.kind == kind && $0.isShown(by: finding) }
    }

    /// The gold links between versions `x` and `y`: gold sentences that render a common source sentence.
    package func goldLinks(_ x: Int, _ y: Int) -> Set<SentenceLink> {
        var links = Set<SentenceLink>()
        for (i, left) in versions[x].sources.enumerated() where !left.isEmpty {
            for (j, right) in versions[y].sources.enumerated() where !right.isEmpty && !Set(left).isDisjoint(with: right) {
                links.insert(SentenceLink(i, j))
            }
        }
        return links
    }
}
