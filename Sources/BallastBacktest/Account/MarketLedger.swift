import BallastCore

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
