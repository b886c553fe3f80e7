import BallastCore

/// The kill switches as a value. Each update reads a snapshot and engages the switches whose
/// condition holds; time is the snapshot's, never a clock.
///
/// Switches latch, as on a desk: once engaged, a switch stays engaged until an operator releases
/// it (`release(_:actor:reason:at:)`), and a release is refused while its condition still held at
/// the last update. The daily-loss switch also releases by itself at the first day roll after it
/// engaged (and only then). The manual halt (`engageManual`) is a switch like the others.
///
/// Grades: `stopNewOrders` < `cancelWorking` < `flatten`; the most severe engaged one wins.
/// Actions come with the update on which the grade in force rises above the grade last acted
/// on, so a flatten is asked for once; call `actions(for:in:)` to ask again (after a reconnect).
///
/// Codable: persist it after every change and restore it at start-up, so a restart never clears
/// an engaged switch. Assign the current `configuration` after restoring.
public struct KillSwitchBoard: Sendable, Hashable, Codable {
    /// Who automatic changes are recorded as.
    public static let systemActor = "risk"

    public var configuration: KillSwitchConfiguration
    /// The switches engaged now, each with the change that engaged it.
    public internal(set) var engaged: [KillSwitchKind: KillSwitchChange] = [:]
    /// The conditions that held at the last update; a switch is not released while its holds.
    public internal(set) var holding: [KillSwitchKind: KillSwitchTrip] = [:]
    /// The grade whose actions were last returned.
    public internal(set) var actedGrade: KillSwitchGrade?

    public init(configuration: KillSwitchConfiguration) { self.configuration = configuration }

    /// The most severe engaged grade, if any.
    public var grade: KillSwitchGrade? { engaged.values.map(\.grade).max() }

    /// Engaged kinds and grades, as `RiskSnapshot.engagedKillSwitches` takes them.
    public var engagedGrades: [KillSwitchKind: KillSwitchGrade] { engaged.mapValues(\.grade) }

    /// Evaluates every armed switch against `snapshot`: releases the daily-loss switch if a day
    /// roll passed since it engaged, then engages each switch whose condition holds.
    public mutating func update(_ snapshot: RiskSnapshot) -> KillSwitchReport {
        var report = KillSwitchReport()
        holding = configuration.trips(in: snapshot)
        if let latch = engaged[.dailyLoss] {
            let roll = configuration.dayRoll.next(after: latch.time)
            if snapshot.time >= roll {
                let change = KillSwitchChange(kind: .dailyLoss, grade: latch.grade, engaged: false, time: roll,
                                              actor: Self.systemActor, reason: "day roll \(configuration.dayRoll) at \(roll)")
                engaged[.dailyLoss] = nil
                report.released.append(change)
            }
        }
        for kind in KillSwitchKind.allCases where engaged[kind] == nil {
            guard let trip = holding[kind] else { continue }
            let change = KillSwitchChange(kind: kind, grade: trip.grade, engaged: true, time: snapshot.time,
                                          actor: Self.systemActor, reason: trip.reason)
            engaged[kind] = change
            report.engaged.append(change)
        }
        settleActedGrade()
        report.grade = grade
        if let now = report.grade, actedGrade.map({ now > $0 }) ?? true {
            let actions = Self.actions(for: now, in: snapshot)
            report.cancel = actions.cancel
            report.flatten = actions.flatten
            report.flattenOrders = actions.orders
            actedGrade = now
        }
        return report
    }

    /// After a release the grade acted on falls to the grade in force, so a later rise acts again.
    mutating func settleActedGrade() {
        guard let acted = actedGrade else { return }
        actedGrade = grade.map { min($0, acted) }
    }
}
