import BallastCore

extension Engine {
    /// Places an order that the venue imposes on the account instead of the strategy deciding it,
    /// such as a margin stop-out closing a position. It skips risk checks, because a broker
    /// closes positions without asking. Otherwise it is an order like any other: it gets the
    /// engine's next id, enters the book and the context's working orders, and its updates and
    /// fills reach the strategy's `onOrderUpdate` and `onFill`. `parent` is the order whose
    /// position it closes (hedging accounts close that ticket); the engine does not link it
    /// further, since the intent has no bracket and no OCO group. Returns the `.submit` action for the shell.
    public mutating func impose(_ intent: OrderIntent, closing parent: ClientOrderID?, at time: Timestamp) -> EngineAction {
        _context.advance(to: time)
        return .submit(desk.open(intent, parent: parent, context: _context))
    }
}
