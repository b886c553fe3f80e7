import BallastCore

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
    /// Takes the ledger's numbers, not the ledger: passing a `MarketLedger` copies it (the
    /// instrument's strings and the swap schedule retained and released) on every fill.
    mutating func update(tickets: [PositionTicket], numerator: Int128, denominator: Int128) {
        isOpen = !tickets.isEmpty
        var lots: Int64 = 0, basis: Int128 = 0
        for ticket in tickets { lots += ticket.lots; basis += ticket.basis }
        let scaled = Int128(lots) * numerator
        // One division (hardware when it fits) for the quotient and the remainder; the
        // denominator is positive, so the quotient's sign is the product's.
        let (quotient, remainder) = FixedMath.unsignedDivide(scaled.magnitude, by: UInt128(denominator))
        exact = remainder == 0 && quotient < UInt128(Int64.max)
        if exact {
            factor = scaled < 0 ? -Int64(quotient) : Int64(quotient)
            offset = FixedMath.divideRoundedUp(-basis * numerator, by: denominator)
        }
    }

    @inlinable
    func quickQuote(at price: Int64) -> Int64? {
        guard exact else { return nil }
        let (product, overflow) = price.multipliedReportingOverflow(by: factor)
        return overflow ? nil : product &+ offset
    }
}
