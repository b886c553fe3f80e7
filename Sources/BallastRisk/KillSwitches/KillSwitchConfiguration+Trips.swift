import BallastCore

extension KillSwitchConfiguration {
    /// The armed switches whose condition holds in `snapshot`, with the numbers (never `manual`).
    func trips(in snapshot: RiskSnapshot) -> [KillSwitchKind: KillSwitchTrip] {
        var trips: [KillSwitchKind: KillSwitchTrip] = [:]
        func add(_ kind: KillSwitchKind, _ grade: KillSwitchGrade, _ reason: String?) {
            if let reason { trips[kind] = KillSwitchTrip(kind: kind, grade: grade, reason: reason) }
        }
        if let t = dailyLoss { add(.dailyLoss, t.grade, dailyLossReason(snapshot, t.limit)) }
        if let t = drawdown { add(.drawdown, t.grade, drawdownReason(snapshot, t.limit)) }
        if let t = consecutiveLosses, snapshot.consecutiveLosses >= t.limit {
            add(.consecutiveLosses, t.grade, "\(snapshot.consecutiveLosses) losses in a row ≥ limit \(t.limit)")
        }
        if let t = errorRate { add(.errorRate, t.grade, errorRateReason(snapshot, t.limit)) }
        if let t = staleDataSeconds { add(.staleData, t.grade, staleReason(snapshot, t.limit)) }
        return trips
    }

    private func dailyLossReason(_ s: RiskSnapshot, _ limit: Money) -> String? {
        if includeUnrealised, let start = s.dayStartEquity {
            let loss = start - s.account.equity
            guard loss.raw >= limit.raw else { return nil }
            return "equity loss today \(Shown.money(loss)) (day start \(Shown.money(start)), equity "
                + "\(Shown.money(s.account.equity))) ≥ limit \(Shown.money(limit))"
        }
        let loss = Money(raw: -s.dailyRealisedPnL.raw, currency: s.dailyRealisedPnL.currency)
        guard loss.raw >= limit.raw else { return nil }
        return "realised loss today \(Shown.money(loss)) ≥ limit \(Shown.money(limit))"
    }

    private func drawdownReason(_ s: RiskSnapshot, _ limit: Double) -> String? {
        let peak = s.equityPeak, equity = s.account.equity
        guard peak.raw > 0 else { return nil }
        let drawdown = Double(peak.raw - equity.raw) / Double(peak.raw)
        guard drawdown >= limit else { return nil }
        return "drawdown \(Shown.ratio(drawdown)) (peak \(Shown.money(peak)), equity \(Shown.money(equity))) ≥ limit \(Shown.ratio(limit))"
    }

    private func errorRateReason(_ s: RiskSnapshot, _ limit: Double) -> String? {
        let orders = s.ordersSent.count(at: s.time, seconds: errorWindowSeconds)
        let errors = s.errors.count(at: s.time, seconds: errorWindowSeconds)
        guard orders >= max(errorMinOrders, 1) else { return nil }
        let rate = Double(errors) / Double(orders)
        guard rate >= limit else { return nil }
        return "\(errors) errors / \(orders) orders = \(Shown.ratio(rate)) over \(errorWindowSeconds) s ≥ limit \(Shown.ratio(limit))"
    }

    private func staleReason(_ s: RiskSnapshot, _ limit: Int64) -> String? {
        for symbol in s.quotes.keys.sorted() {
            guard let quote = s.quotes[symbol], let instrument = s.instruments[symbol],
                  instrument.calendar.isOpen(at: s.time) else { continue }
            let age = quote.age(at: s.time)
            if age > limit * Timestamp.nanosPerSecond {
                return "\(symbol) quote \(age / Timestamp.nanosPerSecond) s old > max \(limit) s while its market is open"
            }
        }
        return nil
    }
}
