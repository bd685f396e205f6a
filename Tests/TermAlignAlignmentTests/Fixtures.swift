import Foundation
import TermAlignTestSupport
@testable import TermAlignAlignment
import TermAlignText

/// Where the fixtures and the shared data live.
enum Fixtures {
    static let directory = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")

    /// `../shared` beside the checkout, when present (see `Checkout`).
    static var shared: URL? { Checkout.shared }
}
