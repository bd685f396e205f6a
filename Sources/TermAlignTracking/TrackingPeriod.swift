/// The period the counts of a ``Tracking`` are by.
public enum TrackingPeriod: String, Sendable, Hashable, CaseIterable {
    /// By day: "2023-03-21".
    case day
    /// By month: "2023-03".
    case month
    /// By year: "2023".
    case year

    /// The period of a date (YYYY-MM-DD).
    public func of(_ date: String) -> String {
        String(date.prefix(self == .day ? 10 : self == .month ? 7 : 4))
    }

    /// Every period from `first` through `last` (periods as ``of(_:)`` gives them), those without a
    /// document included: the axis of a timeline.
    ///
    /// - Returns: The periods in order; `[first]` when `last` is not later, and `[first, last]` when
    ///   either is not a period of this kind.
    public func periods(from first: String, through last: String) -> [String] {
        guard first < last else { return [first] }
        guard var day = Day(first, self), let end = Day(last, self) else { return [first, last] }
        var periods: [String] = []
        while day <= end {
            periods.append(day.text(self))
            day.advance(self)
        }
        return periods
    }
}

/// A calendar day, to step through periods without Foundation's calendars (the proleptic Gregorian
/// calendar of ISO dates).
private struct Day: Comparable {
    var year: Int, month: Int, day: Int

    /// The first day of a period; nil when `period` is not one of `kind`.
    init?(_ period: String, _ kind: TrackingPeriod) {
        let parts = period.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        let expected = kind == .day ? 3 : kind == .month ? 2 : 1
        guard parts.count == expected, parts.allSatisfy({ $0 != nil }) else { return nil }
        year = parts[0]!
        month = parts.count > 1 ? parts[1]! : 1
        day = parts.count > 2 ? parts[2]! : 1
        guard (1...12).contains(month), (1...Self.length(month, year)).contains(day) else { return nil }
    }

    static func < (lhs: Day, rhs: Day) -> Bool { (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day) }

    static func length(_ month: Int, _ year: Int) -> Int {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    }

    mutating func advance(_ kind: TrackingPeriod) {
        switch kind {
        case .year: year += 1
        case .month: (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1)
        case .day:
            if day < Self.length(month, year) { day += 1 } else {
                day = 1
                (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1)
            }
        }
    }

    func text(_ kind: TrackingPeriod) -> String {
        let padded = { (number: Int) in number < 10 ? "0\(number)" : "\(number)" }
        let yearText = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
        switch kind {
        case .year: return yearText
        case .month: return "\(yearText)-\(padded(month))"
        case .day: return "\(yearText)-\(padded(month))-\(padded(day))"
        }
    }
}
