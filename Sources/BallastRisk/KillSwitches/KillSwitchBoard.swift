import BallastCore

/// The kill switches as a value: each update reads a snapshot, engages the switches whose
/// condition holds, releases those whose condition cleared, and says what to do.
///
/// Grades: `stopNewOrders` < `cancelWorking` < `flatten`; the most severe engaged one wins.
/// Actions are returned when the grade in force rises, so a flatten is asked for once; call
/// `actions(for:in:)` to ask again (after a reconnect, say).
public struct KillSwitchBoard: Sendable {
    public var configuration: KillSwitchConfiguration
    /// The switches engaged now.
    public private(set) var engaged: [KillSwitchKind: KillSwitchTrip] = [:]

    public init(configuration: KillSwitchConfiguration) { self.configuration = configuration }

    /// The most severe engaged grade, if any.
    public var grade: KillSwitchGrade? { engaged.values.map(\.grade).max() }

    /// Engaged kinds and grades, as `RiskSnapshot.engagedKillSwitches` takes them.
    public var engagedGrades: [KillSwitchKind: KillSwitchGrade] { engaged.mapValues(\.grade) }

    /// Re-evaluates every switch against `snapshot`.
    public mutating func update(_ snapshot: RiskSnapshot) -> KillSwitchReport {
        let before = grade
        let tripped = configuration.trips(in: snapshot)
        var report = KillSwitchReport()
        for kind in KillSwitchKind.allCases {
            switch (engaged[kind], tripped[kind]) {
            case (nil, let trip?): report.engaged.append(trip)
            case (let old?, nil): report.released.append(old)
            default: break
            }
            engaged[kind] = tripped[kind]
        }
        report.grade = grade
        if let now = report.grade, before.map({ now > $0 }) ?? true {
            let actions = Self.actions(for: now, in: snapshot)
            report.cancel = actions.cancel
            report.flatten = actions.flatten
            report.flattenOrders = actions.orders
        }
        return report
    }

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
