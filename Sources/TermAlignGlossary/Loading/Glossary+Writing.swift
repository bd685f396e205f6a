extension Glossary {
    /// The glossary written in a format.
    ///
    /// YAML and TBX hold everything the model holds: reading the result gives back an equal glossary.
    /// CSV and TSV hold a row per term; what they cannot hold is listed in ``Serialized/omitted``.
    ///
    /// - Parameter format: The format.
    /// - Returns: The text and what it left out.
    /// - Complexity: O(size of the glossary).
    public func serialized(as format: GlossaryFormat) -> Serialized {
        switch format {
        case .yaml: return Serialized(text: YAMLGlossaryWriter.write(self), omitted: [])
        case .tbx: return Serialized(text: TBXWriter.write(self), omitted: [])
        case .csv, .tsv:
            let (text, omitted) = CSVGlossaryWriter.write(self, delimiter: format == .tsv ? "\t" : ",")
            return Serialized(text: text, omitted: omitted)
        }
    }

    /// A glossary written out.
    public struct Serialized: Hashable, Sendable {
        /// The file content.
        public let text: String
        /// What the format could not hold, for people ("12 per-language definitions").
        public let omitted: [String]
    }
}
