import Testing
@testable import TermAlignGlossary

@Suite("Glossary index")
struct GlossaryIndexTests {
    @Test("relations looked up by position agree with those looked up by id, for every pair of the shipped glossary")
    func relationsByPosition() throws {
        let index = GlossaryIndex(try ShippedGlossary.load().glossary)
        let concepts = index.glossary.concepts
        var related = 0
        for source in concepts.indices {
            for target in concepts.indices {
                let byPosition = index.relationKinds(from: source, to: target)
                #expect(byPosition == index.relationKinds(from: concepts[source].id, to: concepts[target].id))
                related += byPosition.isEmpty ? 0 : 1
            }
        }
        #expect(related > 20)
    }

    @Test("a duplicated id is one concept to the index: its relations hold for both copies")
    func duplicateIds() {
        let glossary = Glossary(concepts: [
            Concept(id: "a", relations: ConceptRelations(broader: ["b"])),
            Concept(id: "b"),
            Concept(id: "a"),
        ])
        let index = GlossaryIndex(glossary)
        #expect(index.relationKinds(from: 0, to: 1) == [.broader])
        #expect(index.relationKinds(from: 2, to: 1) == [.broader])
        #expect(index.relationKinds(from: 1, to: 0) == [.narrower] && index.relationKinds(from: 1, to: 2) == [.narrower])
        #expect(index.relationKinds(from: 1, to: 2) == index.relationKinds(from: "b", to: "a"))
    }
}
