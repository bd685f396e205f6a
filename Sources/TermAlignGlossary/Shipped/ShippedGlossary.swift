/// The glossary that ships with TermAlign: the key terms of the China–Russia joint statements and
/// readouts (2019–2024) in Russian, Chinese and English, with notes where the renderings differ.
///
/// It is compiled into the library, so tools find it wherever they are installed; the same text is
/// `glossaries/china-russia-joint-statements.yaml` in the repository.
public enum ShippedGlossary {
    /// The file name reports and error messages use for it.
    public static let fileName = "china-russia-joint-statements.yaml"

    /// The glossary file's bytes (what the start-up cache keys its compiled form by).
    package static var bytes: [UInt8] { Array(yaml.utf8) }

    /// Reads the shipped glossary.
    ///
    /// - Returns: The glossary with its source map (for lint locations).
    /// - Throws: ``GlossaryError`` only if the embedded text were damaged (a test guards it).
    public static func load() throws(GlossaryError) -> LoadedGlossary {
        try Glossary.load(bytes: Array(yaml.utf8), file: fileName, format: .yaml)
    }
}
