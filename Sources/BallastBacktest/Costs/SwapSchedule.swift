import BallastCore

/// Overnight financing as MT5 charges it: the instrument's swap in points per lot for longs and
/// shorts, charged at each daily rollover for the trading day that ended, three times on the
/// triple-swap weekday (which pays for the weekend), and not at all for Saturday and Sunday
/// unless the market trades all week (crypto).
public struct SwapSchedule: Sendable, Hashable {
    public let swapLong: Points
    public let swapShort: Points
    public let tripleDay: Weekday?
    /// Whether Saturday and Sunday rollovers charge too.
    public let chargesWeekends: Bool

    public init(swapLong: Points, swapShort: Points, tripleDay: Weekday?, chargesWeekends: Bool) {
        self.swapLong = swapLong
        self.swapShort = swapShort
        self.tripleDay = tripleDay
        self.chargesWeekends = chargesWeekends
    }

    /// The instrument's own swaps, triple day and session.
    public init(instrument: Instrument) {
        self.init(swapLong: instrument.swapLong, swapShort: instrument.swapShort, tripleDay: instrument.tripleSwapDay,
                  chargesWeekends: instrument.session.isOpenAllWeek)
    }

    /// No swaps at all.
    public static let none = SwapSchedule(swapLong: .zero, swapShort: .zero, tripleDay: nil, chargesWeekends: false)

    /// Whether any rollover charges anything (a schedule of zero swaps never does).
    public var charges: Bool { swapLong.raw != 0 || swapShort.raw != 0 }

    /// How many nights the rollover ending `day` charges: 0, 1 or 3.
    public func nights(endingOn day: Weekday) -> Int64 {
        if !chargesWeekends, day == .saturday || day == .sunday { return 0 }
        return day == tripleDay ? 3 : 1
    }

    /// The swap for `lots` (signed, positive long) held over one night, in quote-currency
    /// micro-units: points × point × contract size × lots.
    func oneNight(lots: Int64, instrument: Instrument) -> Int64 {
        let points = lots >= 0 ? swapLong : swapShort
        let product = Int128(points.raw) * Int128(instrument.point.raw) * Int128(instrument.contractSize.raw) * Int128(lots.magnitude)
        // Points 10⁻⁶ · price 10⁻⁹ · contract 10⁻⁹ · lots 10⁻⁹ → money 10⁻⁶: divide by 10²⁷.
        let divisor = Int128(1_000_000_000_000_000_000) * 1_000_000_000
        return FixedMath.divideRounded(product, by: divisor)
    }
}
