import Testing
import TermAlignTracking

/// The axis of a timeline: every period between two, across month and year ends and leap days.
struct TrackingPeriodTests {
    @Test func periodsRunThroughEveryPeriodInBetween() {
        #expect(TrackingPeriod.month.periods(from: "2023-11", through: "2024-02") == ["2023-11", "2023-12", "2024-01", "2024-02"])
        #expect(TrackingPeriod.year.periods(from: "2019", through: "2021") == ["2019", "2020", "2021"])
        #expect(TrackingPeriod.day.periods(from: "2024-02-27", through: "2024-03-01")
                == ["2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01"])
        #expect(TrackingPeriod.day.periods(from: "2023-02-28", through: "2023-03-01") == ["2023-02-28", "2023-03-01"])
        #expect(TrackingPeriod.day.periods(from: "2023-12-31", through: "2024-01-01") == ["2023-12-31", "2024-01-01"])
        #expect(TrackingPeriod.month.periods(from: "2019-01", through: "2024-12").count == 72)
    }

    @Test func oddBoundsGiveThemselves() {
        #expect(TrackingPeriod.month.periods(from: "2023-05", through: "2023-05") == ["2023-05"])
        #expect(TrackingPeriod.month.periods(from: "2023-06", through: "2023-05") == ["2023-06"])
        #expect(TrackingPeriod.month.periods(from: "2023-13", through: "2024-01") == ["2023-13", "2024-01"])
        #expect(TrackingPeriod.day.periods(from: "2023-02-30", through: "2023-03-02") == ["2023-02-30", "2023-03-02"])
    }
}
