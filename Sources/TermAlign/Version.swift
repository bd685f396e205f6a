/// TermAlign's version, as `termalign --version` prints it.
public enum TermAlignVersion {
    /// The version of this build of the library and tools: the next release's number with `-dev`
    /// until that release is made (CHANGELOG.md's "Unreleased").
    public static let current = "0.1.0-dev"
}
