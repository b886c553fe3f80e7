import BallastCore
import BallastRisk
import BallastStore

/// What the desk learns from replaying the account's fills in sequence: round trips (flat to
/// flat) and the losing streak they make, realised PnL per trading day, and each sleeve's
/// positions and realised PnL per day.
///
/// Realised amounts are net of commission (commissions are positive charges) and swaps booked
/// by fills (negative is a charge). Round trips are per symbol; a fill that reverses the
/// position closes the trip (its whole commission and swap with it)
/// and opens the next. Fills without a venue sequence (positions adopted by reconciliation)
/// are not replayed: they move the ledger's positions but make no round trip.
struct TradeTally: Sendable {
    private(set) var account: PositionLedger
    /// One ledger keyed by strategy instead of account: the sleeves.
    private(set) var sleeves: PositionLedger
    /// Losing round trips in a row, most recent last.
    private(set) var consecutiveLosses = 0
    /// Net PnL of the open round trip per symbol, in micro-units.
    private var openTrips: [String: Int64] = [:]
    /// Net realised PnL per trading day (by day start) and per sleeve and day.
    private var daily: [Timestamp: Int64] = [:]
    private var sleeveDaily: [Timestamp: [String: Int64]] = [:]
    private(set) var lastSequence: UInt64 = 0

    init(currency: String) {
        account = PositionLedger(accountCurrency: currency)
        sleeves = PositionLedger(accountCurrency: currency)
    }

    /// Replays one fill made by `strategy`, counted in the trading day starting at `dayStart`.
    /// A `protective` fill (a flatten or weekend reduction of the desk) closes the sleeves that
    /// hold the position, each at the fill's price, instead of opening a sleeve of its own.
    mutating func apply(_ fill: BrokerFill, strategy: String, protective: Bool = false, terms: ContractTerms,
                        dayStart: Timestamp) throws(LedgerError) {
        guard fill.sequence > lastSequence else { return }
        let before = account.position(account: fill.account, symbol: fill.symbol)
        let after = try account.apply(fill, terms: terms)
        let parts = protective ? sleeveShares(of: fill, residual: strategy) : [(strategy, fill.quantity)]
        var commissionLeft = fill.commission.raw, swapLeft = fill.swap?.raw ?? 0
        for (index, (sleeve, quantity)) in parts.enumerated() {
            var sleeveFill = fill
            sleeveFill.account = sleeve
            sleeveFill.quantity = quantity
            // Commission and swap pro rata (exact integer arithmetic); the last share takes the remainder.
            let last = index == parts.count - 1
            sleeveFill.commission.raw = Self.share(of: fill.commission.raw, left: &commissionLeft, last: last, quantity, of: fill.quantity)
            if let swap = fill.swap {
                sleeveFill.swap = Money(raw: Self.share(of: swap.raw, left: &swapLeft, last: last, quantity, of: fill.quantity),
                                        currency: swap.currency)
            }
            let sleeveBefore = sleeves.position(account: sleeve, symbol: fill.symbol)
            let sleeveAfter = try sleeves.apply(sleeveFill, terms: terms)
            sleeveDaily[dayStart, default: [:]][sleeve, default: 0] += Self.netChange(sleeveBefore, sleeveAfter)
        }
        lastSequence = fill.sequence
        let net = Self.netChange(before, after)
        daily[dayStart, default: 0] += net
        closeTrip(fill.symbol, net: net, before: before?.quantity ?? .zero, after: after.quantity)
        daily = daily.filter { $0.key >= dayStart }
        sleeveDaily = sleeveDaily.filter { $0.key >= dayStart }
    }

    /// How a protective fill divides among the sleeves it closes: each sleeve whose position the
    /// fill reduces gets up to that position, in name order; what is left (a position adopted
    /// by reconciliation, say) goes to `residual`.
    private func sleeveShares(of fill: BrokerFill, residual: String) -> [(String, Quantity)] {
        var left = fill.quantity.raw
        var parts: [(String, Quantity)] = []
        let holders = sleeves.positions.filter { $0.symbol == fill.symbol && $0.quantity.raw != 0 }.sorted { $0.account < $1.account }
        for holder in holders where left > 0 && (holder.quantity.raw > 0) == (fill.side == .sell) {
            let share = min(left, abs(holder.quantity.raw))
            parts.append((holder.account, Quantity(raw: share)))
            left -= share
        }
        if left > 0 { parts.append((residual, Quantity(raw: left))) }
        return parts
    }

    /// Net realised PnL in the trading day starting at `dayStart`.
    func realised(dayStart: Timestamp, currency: String) -> Money {
        Money(raw: daily[dayStart] ?? 0, currency: currency)
    }

    /// Each sleeve's positions and its realised PnL in the day starting at `dayStart`.
    func sleeveStates(dayStart: Timestamp, currency: String) -> [String: SleeveState] {
        var states: [String: SleeveState] = [:]
        for record in sleeves.positions {
            var state = states[record.account] ?? SleeveState(dailyRealisedPnL: .zero(currency))
            if record.quantity.raw != 0 { state.positions[record.symbol] = record.quantity }
            states[record.account] = state
        }
        for (strategy, raw) in sleeveDaily[dayStart] ?? [:] {
            var state = states[strategy] ?? SleeveState(dailyRealisedPnL: .zero(currency))
            state.dailyRealisedPnL = Money(raw: raw, currency: currency)
            states[strategy] = state
        }
        return states
    }

    private mutating func closeTrip(_ symbol: String, net: Int64, before: Quantity, after: Quantity) {
        let trip = openTrips[symbol, default: 0] + net
        let closed = before.raw != 0 && (after.raw == 0 || (after.raw > 0) != (before.raw > 0))
        guard closed else {
            openTrips[symbol] = trip
            return
        }
        consecutiveLosses = trip < 0 ? consecutiveLosses + 1 : 0
        openTrips[symbol] = after.raw == 0 ? nil : 0
    }

    /// `quantity`'s share of `total` charged on a fill of `whole`; the `last` share is what is
    /// `left`.
    private static func share(of total: Int64, left: inout Int64, last: Bool, _ quantity: Quantity, of whole: Quantity) -> Int64 {
        let share = last ? left : whole.raw.dividingFullWidth(total.multipliedFullWidth(by: quantity.raw)).quotient
        left -= share
        return share
    }

    /// Realised PnL minus commission plus swap gained between two states of a position.
    private static func netChange(_ before: PositionRecord?, _ after: PositionRecord) -> Int64 {
        let realised = after.realizedPnL.raw - (before?.realizedPnL.raw ?? 0)
        let commission = after.commissions.raw - (before?.commissions.raw ?? 0)
        let swaps = after.swaps.raw - (before?.swaps.raw ?? 0)
        return realised - commission + swaps
    }
}
