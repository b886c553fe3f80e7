import BallastCore
@testable import BallastData

/// A market open Monday 00:00 to Saturday 00:00 UTC: enough to tell weekends from missing hours.
struct WeekdayCalendar: TradingCalendar {
    func isOpen(at time: Timestamp) -> Bool {
        let weekday = CivilCalendar.weekday(fromDays: time.days)  // 0 = Sunday
        return weekday >= 1 && weekday <= 5
    }
}

/// Open 09:00–17:00 UTC on weekdays: a cash-equity-like session for the wrong-zone test.
struct OfficeHoursCalendar: TradingCalendar {
    func isOpen(at time: Timestamp) -> Bool {
        let weekday = CivilCalendar.weekday(fromDays: time.days)
        let hour = (time.seconds % 86_400) / 3600
        return weekday >= 1 && weekday <= 5 && hour >= 9 && hour < 17
    }
}

enum Fixture {
    static func p(_ text: String) -> Price { Price(text)! }

    static func bar(_ time: Timestamp, _ o: String, _ h: String, _ l: String, _ c: String) -> Bar {
        Bar(time: time, open: p(o), high: p(h), low: p(l), close: p(c), tickVolume: 10)
    }

    /// Consistent bars `step` seconds apart whose closes are `closes`; each opens at the previous close.
    static func series(from start: Timestamp, step: Int64 = 1800, closes: [Double]) -> [Bar] {
        var bars: [Bar] = []
        var previous = closes.first ?? 1
        for (i, close) in closes.enumerated() {
            let open = Price(approximating: previous).rounded(toDigits: 5)
            let shut = Price(approximating: close).rounded(toDigits: 5)
            bars.append(Bar(time: start + Int64(i) * step * Timestamp.nanosPerSecond, open: open,
                            high: max(open, shut) + Price(raw: 10_000), low: min(open, shut) - Price(raw: 10_000),
                            close: shut, tickVolume: 10))
            previous = close
        }
        return bars
    }

    /// A wandering but deterministic price path around 1.1 (a tiny LCG, no randomness).
    static func walk(_ n: Int, seed: UInt64 = 42) -> [Double] {
        var state = seed
        var price = 1.1
        return (0..<n).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let u = Double(state >> 11) / Double(1 << 53) - 0.5
            price *= 1 + u * 0.002
            return price
        }
    }

    static let monday = Timestamp(year: 2024, month: 1, day: 8)

    static func validator(_ policy: ValidationPolicy = ValidationPolicy(), timeframe: Timeframe? = .m30,
                          calendar: (any TradingCalendar)? = WeekdayCalendar()) -> Validator {
        Validator(policy: policy, timeframe: timeframe, calendar: calendar, zone: .utc, digits: 5)
    }

    static func bars(_ payload: ReadResult.Payload) -> BarColumns {
        if case .bars(let b) = payload { return b }
        return BarColumns()
    }
}
