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
