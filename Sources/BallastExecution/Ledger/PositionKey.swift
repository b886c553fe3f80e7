/// One position's address in the ledger: the account and the symbol.
public struct PositionKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var account: String
    public var symbol: String

    public init(account: String, symbol: String) {
        self.account = account
        self.symbol = symbol
    }

    public var description: String { "\(account)/\(symbol)" }

    public static func < (lhs: PositionKey, rhs: PositionKey) -> Bool {
        (lhs.account, lhs.symbol) < (rhs.account, rhs.symbol)
    }
}
