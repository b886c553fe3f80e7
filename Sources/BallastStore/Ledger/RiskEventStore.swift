import BallastCore

/// Kill-switch history (which switch, which grade, engaged or released, why, by whom).
public protocol RiskEventStore: Sendable {
    func recordKillSwitch(_ event: KillSwitchEvent, audit: [AuditEntry]) async throws(StoreError)
    /// Events of `account`, oldest first.
    func killSwitchEvents(account: String) async throws(StoreError) -> [KillSwitchEvent]
}
