import BallastCore

/// A `TradingCalendar` built from a `SessionTemplate` and the rule of its time zone.
///
/// Open intervals are computed per UTC year on first use and the span around the last
/// answer is cached, so scanning bars in time order costs two comparisons per bar.
/// Copies share the cache (it is a reference), and it is safe to share across tasks.
public struct SessionCalendar: TradingCalendar, CustomStringConvertible {
    /// `nextChange(after:)` when the state never changes again.
    public static let never = Timestamp(nanoseconds: Int64.max)

    private let schedule: SessionSchedule

    public var template: SessionTemplate { schedule.template }
    public var zone: TimeZoneRule { schedule.zone }

    /// A calendar for `template`, resolving its zone with `TimeZoneRule.named`.
    public init(template: SessionTemplate) throws(InstrumentSpecError) {
        guard let zone = TimeZoneRule.named(template.timeZone) else {
            throw InstrumentSpecError(field: "timeZone", "unknown time zone \"\(template.timeZone)\"")
        }
        self.init(template: template, zone: zone)
    }

    /// A calendar for `template` in an already resolved zone.
    public init(template: SessionTemplate, zone: TimeZoneRule) {
        schedule = SessionSchedule(template: template, zone: zone)
    }

    /// Whether the market is open at `time` (open edges are inclusive, close edges exclusive).
    public func isOpen(at time: Timestamp) -> Bool { schedule.isOpen(time.nanoseconds) }

    /// The next instant after `time` at which the market opens or closes, or `never`.
    /// The state is constant on `time..<nextChange(after: time)`.
    public func nextChange(after time: Timestamp) -> Timestamp {
        Timestamp(nanoseconds: schedule.nextChange(after: time.nanoseconds))
    }

    public var description: String { "SessionCalendar(\(template))" }
}
