import BallastCore

/// No commission (spread-only accounts).
public struct NoCommission: CommissionModel {
    public init() {}

    public func commission(lots: Quantity, price: Price, contractSize: Quantity, quoteCurrency: String) -> Money {
        .zero(quoteCurrency)
    }
}
