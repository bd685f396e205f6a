/// One value per unordered pair of versions, addressed with the lower index first: the length model
/// of each pair, and what a multi-way run learned about it.
struct PairTable<Value: Sendable>: Sendable {
    private var values: [Value?]
    private let count: Int

    /// A table whose every pair (low < high) starts as `initial(low, high)`, called once per pair.
    init(count: Int, initial: (Int, Int) -> Value) {
        self.count = count
        values = Array(repeating: nil, count: count * count)
        for low in 0..<count {
            for high in low + 1..<max(low + 1, count) { values[low * count + high] = initial(low, high) }
        }
    }

    subscript(low: Int, high: Int) -> Value {
        get { values[low * count + high]! }
        // In place: a get-then-set copy would copy a growing value (the evidence's bead list) on every
        // sentence-level alignment.
        _modify { yield &values[low * count + high]! }
    }
}

/// The length model of every pair (side A is the lower index).
typealias PairModels = PairTable<LengthModel>
/// The 1–1 beads and anchors of every pair, for re-estimating models and judging relatedness.
typealias PairEvidence = PairTable<ModelEstimate>
