/// One execution as the venue reports it. `sequence` orders a venue's fills (strictly
/// increasing), so a reader that remembers the last sequence it recorded misses none and
/// records none twice.
public struct BrokerFill: Sendable, Codable, Hashable {
    public var id: FillID
    public var sequence: UInt64
    public var clientID: ClientOrderID
    public var account: String
    public var symbol: String
    public var side: OrderSide
    public var quantity: Quantity
    public var price: Price
    public var time: Timestamp
    /// Commission in the account currency (zero when none).
    public var commission: Money
    /// The order whose bracket made this exit at the venue (a stop-loss or take-profit the
    /// venue placed itself, under a client id of its own); nil otherwise. Absent in old
    /// journals, which decode as nil.
    public var parent: ClientOrderID?
    /// Swap booked with this execution, in the account currency (negative is a charge): like
    /// MT5, which books a position's accrued swap on the deal that closes it (`DEAL_SWAP`), a
    /// venue charges overnight financing with the fills that reduce a position. nil when none
    /// (and in old journals).
    public var swap: Money?

    public init(id: FillID, sequence: UInt64, clientID: ClientOrderID, account: String, symbol: String, side: OrderSide,
                quantity: Quantity, price: Price, time: Timestamp, commission: Money, parent: ClientOrderID? = nil,
                swap: Money? = nil) {
        self.id = id
        self.sequence = sequence
        self.clientID = clientID
        self.account = account
        self.symbol = symbol
        self.side = side
        self.quantity = quantity
        self.price = price
        self.time = time
        self.commission = commission
        self.parent = parent
        self.swap = swap
    }

    /// The signed quantity: positive for buys.
    public var signedQuantity: Quantity { side == .buy ? quantity : -quantity }
}
