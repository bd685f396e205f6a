import Foundation

/// Where the checkout and its neighbour `../shared` are, for the tests of every target that read
/// files of the repository (the shipped glossary, golden reports, the built tool) or the shared real
/// texts. One place, so that every test finds them the same way.
public enum Checkout {
    /// The repository root (three levels above this file).
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// `../shared` beside the checkout, when it is there with its corpora (CI has it; a bare clone
    /// may not, and the tests that need it are then disabled with their reason).
    public static let shared: URL? = {
        let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: shared.appendingPathComponent("corpus").path) ? shared : nil
    }()

    /// A `../shared/corpus` file's document text, without its metadata lines (those that begin with "# ").
    public static func sharedDocument(_ name: String) throws -> String {
        guard let shared else { throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "../shared/corpus/\(name)"]) }
        return try String(contentsOf: shared.appendingPathComponent("corpus/\(name)"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("# ") }
            .joined(separator: "\n")
    }
}
