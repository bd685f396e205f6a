/// The length model of every pair of versions, kept once per unordered pair (lower index first).
struct PairModels: Sendable {
    private var models: [Int: LengthModel] = [:]
    private let count: Int

    init(count: Int, initial: (Int, Int) -> LengthModel) {
        self.count = count
        for low in 0..<count {
            for high in low + 1..<max(low + 1, count) { models[low * count + high] = initial(low, high) }
        }
    }

    /// The model with `low` as side A and `high` as side B.
    subscript(low: Int, high: Int) -> LengthModel {
        get { models[low * count + high]! }
        set { models[low * count + high] = newValue }
    }
}

/// What a multi-way run learned about each pair, for re-estimating models and judging relatedness.
struct PairEvidence: Sendable {
    private var estimates: [Int: ModelEstimate] = [:]
    private let count: Int

    init(count: Int) { self.count = count }

    subscript(low: Int, high: Int) -> ModelEstimate {
        get { estimates[low * count + high] ?? ModelEstimate() }
        set { estimates[low * count + high] = newValue }
    }
}
