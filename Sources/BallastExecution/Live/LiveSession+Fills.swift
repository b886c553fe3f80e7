import BallastCore
import BallastStore

extension LiveSession {
    /// Synchronises fills and returns, in venue order, the fills of this session's orders the
    /// engine has not heard of yet (recorded now, recorded by another router instance, or
    /// found on an order an earlier run of this session made), with the engine's order ids.
    mutating func newFills(at time: Timestamp) async throws(LiveSessionError) -> [Fill] {
        let sync = try await routed { router throws(RouterError) in try await router.syncFills(at: time) }
        let candidates = (recordedFills + sync.recorded + sync.alreadyRecorded).sorted { $0.sequence < $1.sequence }
        recordedFills = []
        var fills: [Fill] = []
        for venue in candidates {
            guard let id = engineIDs[venue.clientID], delivered.insert(venue.id).inserted else { continue }
            fills.append(Fill(orderID: id, symbol: venue.symbol, side: venue.side, quantity: venue.quantity, price: venue.price,
                              time: venue.time, commission: venue.commission, tag: mirror[id]?.intent.tag ?? ""))
        }
        return fills
    }

    /// The status changes the engine has not heard of for `records` (read after their fills
    /// were delivered): acceptance of a resting order, and rejection, cancellation or expiry.
    func statusEvents(_ records: [OrderRecord], at time: Timestamp) -> [EngineEvent] {
        var events: [EngineEvent] = []
        var seen: Set<ClientOrderID> = []
        for record in records {
            guard let id = engineIDs[record.id], seen.insert(id).inserted, let known = mirror[id], known.status.isWorking else { continue }
            let transition: OrderTransition
            switch record.status {
            case .accepted where known.status == .submitted: transition = .accept
            case .rejected: transition = .reject
            case .cancelled: transition = .cancel
            case .expired: transition = .expire
            default: continue
            }
            guard known.status.next(on: transition) != nil else { continue }
            events.append(.orderUpdate(OrderUpdate(id: id, transition: transition, time: max(time, record.updatedAt), reason: record.reason)))
        }
        return events
    }
}
