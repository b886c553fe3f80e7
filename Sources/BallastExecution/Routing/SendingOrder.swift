import BallastCore
import BallastStore

/// An order the router is sending: from the first send until its dispatch returns.
///
/// The router is the only writer of its account's orders, so while it sends an order it knows
/// the order's stored state without reading it: the state it last wrote, and the fills it
/// recorded since. The fill synchronisation run by the dispatch itself then finds the order
/// here instead of in the store.
struct SendingOrder: Sendable {
    /// The order as this router last stored it.
    var stored: OrderRecord
    /// The fills recorded for it since the send (a new order has none before); nil when a
    /// write of another flow moved the order first, so only the store knows them.
    var fills: [BrokerFill]? = []
    /// The venue's answer and when it came (the time of its audit entry), while it waits to be
    /// stored with the order's first fill.
    var answer: (order: BrokerOrder, time: Timestamp)?
    /// Whether a recorded fill stored `answer` with it.
    var answerStored = false

    /// `order`, the state a fill of it is about to store, with the venue's answer (broker id,
    /// reason) taken in; the status and the filled quantity come from the fills.
    static func answered(_ order: OrderRecord, by answer: BrokerOrder) -> OrderRecord {
        var updated = order
        updated.brokerID = answer.brokerID
        if !answer.reason.isEmpty { updated.reason = answer.reason }
        return updated
    }
}
