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
            let adding = working.filter {
                !RiskMath.reducesOnly(snapshot.position($0.intent.symbol), side: $0.intent.side, quantity: $0.remaining)
            }
            return (adding.map(\.id), [], [])
        }
        let symbols = snapshot.positions.filter { $0.value.quantity.raw != 0 }.keys.sorted()
        let orders = symbols.compactMap { OrderIntent.market($0, delta: -snapshot.position($0), tag: "kill switch flatten") }
        return (working.map(\.id), symbols, orders)
    }
}
