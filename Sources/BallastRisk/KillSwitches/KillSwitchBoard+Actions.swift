import BallastCore

extension KillSwitchBoard {
    /// The actions `grade` calls for: under `cancelWorking` cancel the working orders that would
    /// add risk (protective exits stay); under `flatten` cancel every working order and close
    /// every position.
    public static func actions(for grade: KillSwitchGrade, in snapshot: RiskSnapshot)
        -> (cancel: [ClientOrderID], flatten: [String], orders: [OrderIntent]) {
        guard grade >= .cancelWorking else { return ([], [], []) }
        let working = snapshot.workingOrders.sorted { $0.id < $1.id }
        guard grade == .flatten else {
            let adding = working.filter { !isReduceOnly($0, position: snapshot.position($0.intent.symbol)) }
            return (adding.map(\.id), [], [])
        }
        let symbols = snapshot.positions.filter { $0.value.quantity.raw != 0 }.keys.sorted()
        let orders = symbols.compactMap { OrderIntent.market($0, delta: -snapshot.position($0), tag: "kill switch flatten") }
        return (working.map(\.id), symbols, orders)
    }

    private static func isReduceOnly(_ order: WorkingOrder, position: Quantity) -> Bool {
        position.raw != 0 && (position.raw > 0) != (order.intent.side == .buy) && order.remaining.raw <= abs(position.raw)
    }
}
