/// An order as sent to a venue: the client order id it is known by, and what to do.
public struct OrderRequest: Sendable, Codable, Hashable {
    public var clientID: ClientOrderID
    public var account: String
    /// Symbol, side, quantity, type, time in force and bracket (the venue attaches the bracket
    /// to the position where it can; `Broker.supportsBrackets` says whether it can).
    public var order: OrderIntent
    /// The last instant at which the venue may still act on the request; a request that
    /// arrives later is refused rather than executed on a stale decision.
    public var deadline: Timestamp?

    public init(clientID: ClientOrderID, account: String, order: OrderIntent, deadline: Timestamp? = nil) {
        self.clientID = clientID
        self.account = account
        self.order = order
        self.deadline = deadline
    }
}
