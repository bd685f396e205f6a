import TermAlignGlossary

/// `glossary stats`' output: counts of concepts, terms per language, statuses and relations.
package struct GlossaryStatsWriter {
    package let stats: GlossaryStatistics
    package let out: ByteSink

    package init(stats: GlossaryStatistics, out: ByteSink) {
        (self.stats, self.out) = (stats, out)
    }

    private var languages: [String] { stats.terms.keys.sorted() }
    private var statuses: [String] { stats.statuses.keys.sorted() }

    package func json() {
        // Language tags come from the file: written as JSON strings, escaped.
        let json = JSONWriter(out: out)
        func object(_ pairs: [(String, Int)]) {
            json.raw("{")
            for (index, (key, value)) in pairs.enumerated() {
                json.raw(index == 0 ? "" : ", ")
                json.string(key)
                json.raw(": \(value)")
            }
            json.raw("}")
        }
        json.raw("{\"concepts\": \(stats.concepts),\n \"terms\": ")
        object(languages.map { ($0, stats.terms[$0]!) })
        json.raw(",\n \"statuses\": ")
        object(statuses.map { ($0, stats.statuses[$0]!) })
        json.raw(",\n \"relations\": ")
        object(RelationKind.allCases.map { ($0.rawValue, stats.relations[$0] ?? 0) })
        json.raw(",\n \"complete\": \(stats.complete)}\n")
    }

    package func text() {
        out.write("concepts   \(stats.concepts) (\(stats.complete) with a term in every language)\n")
        for language in languages { out.write("terms \(TextColumns.left(language, 5))\(stats.terms[language]!)\n") }
        for status in statuses { out.write("status     \(TextColumns.left(status, 12))\(stats.statuses[status]!)\n") }
        for kind in RelationKind.allCases {
            out.write("relation   \(TextColumns.left(kind.rawValue, 12))\(stats.relations[kind] ?? 0)\n")
        }
    }
}
