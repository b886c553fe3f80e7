import BallastCore
import BallastStore

/// One position with the exact state behind its record: the cost of the open quantity and
/// the realised PnL before rounding, so that rounding never accumulates across fills.
struct PositionBook: Hashable, Sendable {
    /// Money scale of `realized`: 10⁻¹² account-currency units.
    static let fineScale: Int128 = 1_000_000_000_000
    /// Price × lots of the open quantity, in 10⁻¹⁸ (signed like the quantity).
    private(set) var cost: Int128
    /// Realised PnL in 10⁻¹² account-currency units.
    private(set) var realized: Int128
    private(set) var record: PositionRecord

    init(record: PositionRecord) {
        self.record = record
        cost = Int128(record.averagePrice.raw) * Int128(record.quantity.raw)
        realized = Int128(record.realizedPnL.raw) * (Self.fineScale / Int128(Money.scale))
    }

    init(account: String, symbol: String, currency: String, at time: Timestamp) {
        self.init(record: PositionRecord(account: account, symbol: symbol, quantity: .zero, averagePrice: .zero,
                                         realizedPnL: .zero(currency), commissions: .zero(currency),
                                         swaps: .zero(currency), updatedAt: time))
    }

    /// Applies a signed quantity change at `price` (average cost; a reversal through zero
    /// opens the remainder at `price`).
    mutating func apply(delta: Int64, price: Price, terms: ContractTerms, time: Timestamp) throws(LedgerError) {
        let held = record.quantity.raw
        let (after, overflow) = held.addingReportingOverflow(delta)
        guard !overflow else { throw .overflow("position quantity") }
        var pnl: Int128 = 0
        if held == 0 || (held > 0) == (delta > 0) {
            cost += Int128(price.raw) * Int128(delta)
        } else {
            let closed = held > 0 ? min(-delta, held) : max(-delta, held)
            let released = cost * Int128(closed) / Int128(held)
            pnl = Int128(price.raw) * Int128(closed) - released
            cost -= released
            if after != 0, (after > 0) != (held > 0) { cost = Int128(price.raw) * Int128(after) }
        }
        let money = try Self.accountAmount(pnl, terms: terms)
        let total = realized + money
        guard let realizedRaw = FixedPointMath.roundedInt64(total, Self.fineScale / Int128(Money.scale)) else {
            throw .overflow("realised PnL")
        }
        guard let average = after == 0 ? 0 : FixedPointMath.roundedInt64(cost, Int128(after)) else {
            throw .overflow("average price")
        }
        realized = total
        record.quantity = Quantity(raw: after)
        record.averagePrice = Price(raw: average)
        record.realizedPnL.raw = realizedRaw
        record.updatedAt = max(record.updatedAt, time)
    }

    mutating func addCommission(_ amount: Money) { record.commissions.raw += amount.raw }

    mutating func addSwap(_ amount: Money, at time: Timestamp) {
        record.swaps.raw += amount.raw
        record.updatedAt = max(record.updatedAt, time)
    }

    /// Unrealised PnL of the open quantity at `mark`, in 10⁻¹² account units.
    func unrealized(mark: Price, terms: ContractTerms) throws(LedgerError) -> Int128 {
        try Self.accountAmount(Int128(mark.raw) * Int128(record.quantity.raw) - cost, terms: terms)
    }

    /// Converts price × lots (10⁻¹⁸) into account money (10⁻¹²): × contract size, × rate.
    static func accountAmount(_ priceLots: Int128, terms: ContractTerms) throws(LedgerError) -> Int128 {
        guard terms.contractSize.raw > 0 else { throw .invalidTerms("contract size \(terms.contractSize)") }
        guard terms.quoteToAccount.raw > 0 else { throw .invalidTerms("rate \(terms.quoteToAccount)") }
        // 10⁻¹⁸ × 10⁻⁹ (contract) = 10⁻²⁷; / 10¹⁵ gives 10⁻¹².
        guard let quote = FixedPointMath.multiplyDivide(priceLots, Int128(terms.contractSize.raw), 1_000_000_000_000_000),
              let account = FixedPointMath.multiplyDivide(quote, Int128(terms.quoteToAccount.raw), Int128(Price.scale))
        else { throw .overflow("PnL") }
        return account
    }
}
