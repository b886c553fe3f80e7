import BallastCore
import BallastRisk
import BallastStore
import Foundation

extension RiskDesk {
    /// The stored board, or a fresh one when none was ever saved.
    static func loadBoard(_ configuration: DeskConfiguration, store: any LedgerStore) async throws(DeskError) -> KillSwitchBoard {
        let fresh = KillSwitchBoard(configuration: configuration.risk.killSwitches)
        return try await load(configuration.killSwitchKey, store: store) ?? fresh
    }

    static func loadMarks(_ configuration: DeskConfiguration, store: any LedgerStore) async throws(DeskError) -> AccountMarks {
        try await load(configuration.marksKey, store: store) ?? AccountMarks(deposits: configuration.deposits)
    }

    private static func load<T: Decodable>(_ key: String, store: any LedgerStore) async throws(DeskError) -> T? {
        let record: ConfigRecord?
        do { record = try await store.config(key) } catch { throw .store(error) }
        guard let record else { return nil }
        do {
            return try JSONDecoder().decode(T.self, from: Data(record.body.utf8))
        } catch {
            throw .unreadableState(key: key, reason: "version \(record.version): \(error)")
        }
    }

    /// Stores the board (a new version of `killswitch/<account>`), with `audit`.
    func saveBoard(at time: Timestamp, audit: [AuditEntry] = []) async throws(DeskError) {
        try await save(board, key: configuration.killSwitchKey, at: time, audit: audit)
    }

    /// Stores the account marks (a new version of `riskdesk/<account>`), with `audit`.
    func saveMarks(at time: Timestamp, audit: [AuditEntry] = []) async throws(DeskError) {
        var saving = marks
        saving.savedPeak = marks.equityPeak
        saving.savedDayStart = marks.dayStart
        try await save(saving, key: configuration.marksKey, at: time, audit: audit)
        marks.savedPeak = saving.savedPeak
        marks.savedDayStart = saving.savedDayStart
    }

    private func save<T: Encodable>(_ value: T, key: String, at time: Timestamp, audit: [AuditEntry]) async throws(DeskError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let body: String
        do { body = String(decoding: try encoder.encode(value), as: UTF8.self) } catch {
            throw .unreadableState(key: key, reason: "cannot encode: \(error)")
        }
        let record = ConfigRecord(key: key, body: body, changedAt: time, actor: configuration.actor)
        _ = try await stored { () async throws(StoreError) in try await store.saveConfig(record, audit: audit) }
    }
}
