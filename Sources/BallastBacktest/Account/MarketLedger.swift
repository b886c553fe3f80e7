import BallastCore

/// One open position: the whole net position in netting mode, one ticket in hedging mode.
public struct PositionTicket: Sendable, Hashable {
    /// The order whose fill opened it.
    public var id: ClientOrderID
    /// Signed lots (raw `Quantity`), positive long.
    public var lots: Int64
    /// Σ price.raw × lots.raw of the open part: the exact cost, so no average is ever rounded.
    var basis: Int128
    public var openTime: Timestamp
    /// Swaps and commissions charged so far on the open part (account micro-units).
    var swap: Int64 = 0
    var commission: Int64 = 0

    public var quantity: Quantity { Quantity(raw: lots) }

    /// The average open price.
    public var openPrice: Price { lots == 0 ? .zero : Price(raw: FixedMath.divideRounded(basis, by: Int128(lots))) }
}

/// What the account keeps per symbol.
struct MarketLedger: Sendable {
    let instrument: Instrument
    let swaps: SwapSchedule
    /// Quote currency → account currency.
    let route: ConversionRoute
    /// The rate slot this symbol's own prices feed, when it is a currency pair.
    let rateSlot: Int?
    /// Price × lots products (10⁻¹⁸) × `numerator` ÷ `denominator` = quote micro-units (the
    /// contract size folded in, the fraction reduced).
    let numerator: Int128
    let denominator: Int128
    let marginPartsPerBillion: Int64
    var tickets: [PositionTicket] = []
    var margin: Int64 = 0

    var netLots: Int64 { tickets.reduce(0) { $0 + $1.lots } }
    var basis: Int128 { tickets.reduce(0) { $0 + $1.basis } }

    init(instrument: Instrument, swaps: SwapSchedule, route: ConversionRoute, rateSlot: Int?) {
        self.instrument = instrument
        self.swaps = swaps
        self.route = route
        self.rateSlot = rateSlot
        let contract = Int128(instrument.contractSize.raw)
        let divisor = FixedMath.moneyDivisor
        let common = Self.gcd(contract, divisor)
        numerator = contract / common
        denominator = divisor / common
        marginPartsPerBillion = Int64((instrument.marginRate * 1e9).rounded())
    }

    /// Unrealized profit in the quote currency at `price` (raw), exactly.
    func unrealizedQuote(at price: Int64) -> Int64 {
        FixedMath.divideRoundedUp((Int128(price) * Int128(netLots) - basis) * numerator, by: denominator)
    }

    /// Quote micro-units of a price × lots product.
    func quoteMoney(_ product: Int128) -> Int64 { FixedMath.divideRounded(product * numerator, by: denominator) }

    static func gcd(_ a: Int128, _ b: Int128) -> Int128 {
        var (x, y) = (a.magnitude, b.magnitude)
        while y != 0 { (x, y) = (y, x % y) }
        return Int128(x)
    }
}

/// The per-bar marking state of one symbol, apart from the ledger so the hot loop touches a few
/// plain integers and nothing else.
@usableFromInline
struct MarkState: Sendable {
    /// Unrealized quote profit = price × `factor` + `offset` when `exact`.
    @usableFromInline var factor: Int64 = 0
    @usableFromInline var offset: Int64 = 0
    /// Unrealized profit in account micro-units, as last computed.
    @usableFromInline var unrealized: Int64 = 0
    @usableFromInline var lastPrice: Int64 = 0
    @usableFromInline var exact = true
    @usableFromInline var isOpen = false

    init() {}

    /// Takes the ledger's positions after they changed.
    mutating func update(from ledger: MarketLedger) {
        isOpen = !ledger.tickets.isEmpty
        let scaled = Int128(ledger.netLots) * ledger.numerator
        exact = scaled % ledger.denominator == 0 && (scaled / ledger.denominator).magnitude < Int128(Int64.max)
        if exact {
            factor = Int64(scaled / ledger.denominator)
            offset = FixedMath.divideRoundedUp(-ledger.basis * ledger.numerator, by: ledger.denominator)
        }
    }

    /// Unrealized profit in the quote currency at `price` (raw), or nil when the shortcut does not apply.
    @inlinable
    func quickQuote(at price: Int64) -> Int64? {
        guard exact else { return nil }
        let (product, overflow) = price.multipliedReportingOverflow(by: factor)
        return overflow ? nil : product &+ offset
    }
}
