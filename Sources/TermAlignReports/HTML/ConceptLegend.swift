import TermAlignComparison
import TermAlignGlossary

/// The concepts found, in the colour of their terms, with the glossary's definition and notes and how
/// often each version has them; the inspector links a selected term here.
struct ConceptLegend {
    let comparison: Comparison
    let index: ReportIndex
    let html: HTMLWriter

    func write() {
        let concepts = index.palette.slots.sorted { $0.value < $1.value }.map(\.key)
        html.element(.section, .id("concepts"), HTMLAttribute(.ariaLabelledBy, "concepts-heading")) {
            html.element(.h2, .id("concepts-heading"), text: "Concepts found (\(concepts.count))")
            html.element(.dl, .class("concepts")) {
                for conceptIndex in concepts {
                    let concept = comparison.glossary.concepts[conceptIndex]
                    html.newline()
                    html.element(.dt, .id("concept-\(conceptIndex)")) {
                        html.element(.span, .class("term " + index.palette.colorClass(conceptIndex)), text: concept.id)
                        let counts = index.conceptCounts[conceptIndex] ?? []
                        html.element(.small, text: " " + zip(comparison.documents, counts).map { "\($0.id) \($1)" }.joined(separator: " · "))
                    }
                    html.element(.dd) {
                        if let definition = concept.definition { html.element(.p, text: definition) }
                        for note in concept.notes { html.element(.p, .class("note"), text: note) }
                        writeTerms(concept)
                    }
                }
            }
        }
        html.newline()
    }

    private func writeTerms(_ concept: Concept) {
        let sections = concept.sections.filter { section in comparison.documents.contains { $0.language.rawValue == section.language } }
        guard !sections.isEmpty else { return }
        html.element(.ul, .class("terms")) {
            for section in sections {
                for term in section.terms {
                    html.element(.li) {
                        html.element(.span, .lang(section.language), text: term.text)
                        html.element(.small, text: " \(section.language), \(term.status?.rawValue ?? "no status")"
                                     + (term.usage.isEmpty ? "" : ", " + term.usage.joined(separator: ", ")))
                    }
                }
            }
        }
    }
}
