import BallastCore
import BallastStore

/// The positions that fills make, as a pure value: signed quantity, average cost, realised
/// PnL in the account currency, commissions and swaps, per account and symbol.
///
/// Average cost: adding to a position averages the entry price; reducing realises
/// `(exit − average) × quantity × contract size × rate`; a fill that goes through zero closes
/// the old side and opens the rest at its own price. Arithmetic is exact (128-bit cost and
/// 10⁻¹² realised PnL inside, rounded once when a record is produced), so
/// realised + unrealised always equals the fills' cash flow plus the marked position value.
/// A fill id applied once is ignored afterwards.
public struct PositionLedger: Sendable, Hashable {
    /// The currency realised PnL, commissions and swaps are kept in.
    public let accountCurrency: String
    private var books: [PositionKey: PositionBook] = [:]
    private var applied: [String: Set<FillID>] = [:]

    /// A ledger that continues from stored positions and the fill ids already recorded.
    /// (Exactness below the micro-unit restarts from the stored, rounded values.)
    public init(accountCurrency: String, positions: [PositionRecord] = [], appliedFills: [(account: String, id: FillID)] = []) {
        self.accountCurrency = accountCurrency
        for record in positions {
            books[PositionKey(account: record.account, symbol: record.symbol)] = PositionBook(record: record)
        }
        for fill in appliedFills { applied[fill.account, default: []].insert(fill.id) }
    }

    /// The position of `symbol` in `account`, or nil when no fill has touched it.
    public func position(account: String, symbol: String) -> PositionRecord? {
        books[PositionKey(account: account, symbol: symbol)]?.record
    }

    /// Every position the ledger holds (flat ones included), by account and symbol.
    public var positions: [PositionRecord] {
        books.sorted { $0.key < $1.key }.map(\.value.record)
    }

    /// Whether the fill `id` of `account` was already applied.
    public func hasApplied(_ id: FillID, account: String) -> Bool {
        applied[account]?.contains(id) ?? false
    }

    /// Applies `fill` (its quantity, commission and swap) and returns the position it leaves.
    /// A fill id seen before changes nothing and returns the position as it is. Throws
    /// (changing nothing) on a non-positive quantity, a commission or swap in another currency,
    /// invalid terms or an overflow.
    @discardableResult
    public mutating func apply(_ fill: BrokerFill, terms: ContractTerms) throws(LedgerError) -> PositionRecord {
        let key = PositionKey(account: fill.account, symbol: fill.symbol)
        var book = books[key] ?? PositionBook(account: fill.account, symbol: fill.symbol, currency: accountCurrency, at: fill.time)
        if hasApplied(fill.id, account: fill.account) { return book.record }
        guard fill.quantity.raw > 0 else { throw .nonPositiveQuantity(fill.id, fill.quantity) }
        for charge in [fill.commission, fill.swap ?? .zero(accountCurrency)] where charge.raw != 0 && charge.currency != accountCurrency {
            throw .currencyMismatch(expected: accountCurrency, got: charge.currency)
        }
        try book.apply(delta: fill.side.sign * fill.quantity.raw, price: fill.price, terms: terms, time: fill.time)
        book.addCommission(fill.commission)
        if let swap = fill.swap { book.addSwap(swap, at: fill.time) }
        books[key] = book
        applied[fill.account, default: []].insert(fill.id)
        return book.record
    }

    /// Adds a swap (rollover) amount to a position: negative is a charge.
    @discardableResult
    public mutating func applySwap(_ amount: Money, account: String, symbol: String, at time: Timestamp) throws(LedgerError) -> PositionRecord {
        guard amount.currency == accountCurrency || amount.raw == 0 else {
            throw .currencyMismatch(expected: accountCurrency, got: amount.currency)
        }
        let key = PositionKey(account: account, symbol: symbol)
        var book = books[key] ?? PositionBook(account: account, symbol: symbol, currency: accountCurrency, at: time)
        book.addSwap(amount, at: time)
        books[key] = book
        return book.record
    }

    /// The unrealised PnL of a position at `mark`, in the account currency (zero when flat or unknown).
    public func unrealizedPnL(account: String, symbol: String, mark: Price, terms: ContractTerms) throws(LedgerError) -> Money {
        guard let book = books[PositionKey(account: account, symbol: symbol)] else { return .zero(accountCurrency) }
        let fine = try book.unrealized(mark: mark, terms: terms)
        guard let raw = FixedPointMath.roundedInt64(fine, PositionBook.fineScale / Int128(Money.scale)) else {
            throw .overflow("unrealised PnL")
        }
        return Money(raw: raw, currency: accountCurrency)
    }
}
