import Foundation
@testable import TermAlignAlignment
import TermAlignText

/// Where the fixtures and the shared data live.
enum Fixtures {
    static let directory = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")

    /// `../shared` beside the checkout, when present.
    static let shared: URL? = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        let shared = url.appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: shared.path) ? shared : nil
    }()
}
