import BallastCore
import BallastRisk
import BallastStore

extension RiskDesk {
    /// Applies the weekend policy at `time`: for each position inside its instrument's window
    /// before the weekend close, the flatten or reduce order, sent as a protective order with
    /// the id `weekend/<account>/<symbol>/<close ns>`, so asking again (or after a restart)
    /// for the same close sends nothing more. Exempt classes (crypto, unless configured) and
    /// positions outside their window are left alone. When an order fails (audited), the
    /// planner forgets this round, so the next call tries again (the ids keep it harmless).
    public func applyWeekendPolicy(at time: Timestamp) async throws(DeskError) -> [RouteOutcome] {
        guard var planner else { return [] }
        try await refresh(at: time)
        let snapshot = snapshot(at: time)
        let orders = planner.orders(for: snapshot)
        guard !orders.isEmpty else {
            self.planner = planner
            return []
        }
        guard let router else { throw .noRouter }
        var outcomes: [RouteOutcome] = []
        var failures: [String] = []
        for order in orders {
            guard let instrument = snapshot.instruments[order.symbol],
                  let close = planner.policy.windowClose(for: instrument, at: time) else { continue }
            let intent = protectiveIntent(id: "weekend/\(configuration.account)/\(order.symbol)/\(close.nanoseconds)", order, at: time)
            let reason = "weekend close of \(order.symbol) at \(close.iso8601)"
            do throws(OrderRouter.ProtectiveError) {
                let outcome = try await router.submitProtective(intent, reason: reason, at: time)
                if case .sent = outcome { ordersSent.record(at: time) }
                outcomes.append(outcome)
            } catch {
                failures.append("weekend \(order.symbol): \(error)")
            }
        }
        if failures.isEmpty { self.planner = planner }
        try await noteFailures(failures, at: time)
        return outcomes
    }
}
