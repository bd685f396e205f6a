extension Array where Element: Comparable {
    /// Whether this array, sorted ascending, holds `value` (binary search).
    ///
    /// - Complexity: O(log n).
    func sortedContains(_ value: Element) -> Bool {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < count && self[low] == value
    }
}
