import BallastCore

/// The UTC calendar of each bar's open time: `hour` (0...23), `weekday` (0 = Sunday ... 6) and
/// `month` (1...12). Always ready.
public struct CalendarFeature: FeatureCalculator {
    public let columnNames = ["hour", "weekday", "month"]
    private var hour = Double.nan, weekday = Double.nan, month = Double.nan

    public init() {}

    public var isReady: Bool { true }

    public mutating func update(_ bar: Bar) {
        let seconds = bar.time.seconds
        let days = Int(floorDiv(seconds, 86_400))
        hour = Double((seconds - Int64(days) * 86_400) / 3600)
        weekday = Double(CivilCalendar.weekday(fromDays: days))
        month = Double(CivilCalendar.date(fromDays: days).month)
    }

    public func value(_ column: Int) -> Double {
        switch column {
        case 0: return hour
        case 1: return weekday
        default: return month
        }
    }
}
