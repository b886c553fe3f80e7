import BallastCore

/// Overnight financing the paper venue charges on one symbol's open positions, as MT5 does:
/// an amount per lot for each night a position is held, at the daily rollover, three nights'
/// worth at the rollover ending `tripleDay` (which pays for the weekend), none at rollovers
/// ending a Saturday or Sunday unless the market trades all week. The swap accrues on the
/// position and is booked with the fills that reduce it (MT5's `DEAL_SWAP`).
public struct PaperSwapTerms: Sendable, Codable, Hashable {
    /// Per lot and night for a long position, in the account currency (negative is a charge),
    /// or in the symbol's quote currency with a `conversion`.
    public var longPerLot: Money
    /// Per lot and night for a short position.
    public var shortPerLot: Money
    /// The day whose rollover charges three nights (Wednesday for FX); nil charges one every day.
    public var tripleDay: Weekday?
    /// Whether rollovers ending a Saturday or Sunday charge too (markets that trade all week).
    public var chargesWeekends: Bool
    /// When the rollover happens, in seconds after midnight UTC (MT5 brokers roll at their
    /// server's midnight: 22:00 UTC for a UTC+2 server).
    public var rolloverSecondOfDay: Int64
    /// Set when the per-lot amounts are in the symbol's quote currency rather than the
    /// account's (nil, as in journals older than conversions: already in the account currency).
    public var conversion: PaperSwapConversion?

    public init(longPerLot: Money, shortPerLot: Money, tripleDay: Weekday? = .wednesday, chargesWeekends: Bool = false,
                rolloverSecondOfDay: Int64 = 22 * 3_600, conversion: PaperSwapConversion? = nil) {
        self.longPerLot = longPerLot
        self.shortPerLot = shortPerLot
        self.tripleDay = tripleDay
        self.chargesWeekends = chargesWeekends
        self.rolloverSecondOfDay = rolloverSecondOfDay
        self.conversion = conversion
    }

    /// The rollovers after `start` up to and including `end`.
    func rollovers(after start: Timestamp, through end: Timestamp) -> [Timestamp] {
        let day = 86_400 * Timestamp.nanosPerSecond, offset = rolloverSecondOfDay * Timestamp.nanosPerSecond
        var next = floorDiv(start.nanoseconds - offset, day) * day + day + offset
        var found: [Timestamp] = []
        while next <= end.nanoseconds {
            found.append(Timestamp(nanoseconds: next))
            next += day
        }
        return found
    }

    /// The swap at the rollover `time` for a position of `quantity` lots (signed, positive long).
    func charge(for quantity: Quantity, at time: Timestamp) -> Money {
        let rate = quantity.raw > 0 ? longPerLot : shortPerLot
        let nights = nights(endingAt: time)
        // Money 10⁻⁶ × lots 10⁻⁹ → money: divide by 10⁹, rounding half away from zero.
        let product = Int128(rate.raw) * Int128(quantity.raw.magnitude) * Int128(nights)
        let raw = (product + (product < 0 ? -500_000_000 : 500_000_000)) / 1_000_000_000
        return Money(raw: Int64(raw), currency: rate.currency)
    }

    /// 0, 1 or 3: the nights the rollover at `time` charges, by the day it ends.
    private func nights(endingAt time: Timestamp) -> Int64 {
        let days = floorDiv(time.nanoseconds - 1, 86_400 * Timestamp.nanosPerSecond)
        guard let ended = Weekday(rawValue: CivilCalendar.weekday(fromDays: Int(days))) else { return 0 }
        if !chargesWeekends, ended == .saturday || ended == .sunday { return 0 }
        return ended == tripleDay ? 3 : 1
    }
}
