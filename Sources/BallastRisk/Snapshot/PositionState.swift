import BallastCore

/// A net position in one symbol: signed lots (positive long) and the price it is marked at.
public struct PositionState: Sendable, Hashable {
    public var quantity: Quantity
    public var markPrice: Price

    public init(quantity: Quantity, markPrice: Price) {
        self.quantity = quantity
        self.markPrice = markPrice
    }
}
