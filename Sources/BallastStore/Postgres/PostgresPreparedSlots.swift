import PostgresNIO
import Synchronization

/// Named prepared statements for the queries the order path runs over and over.
///
/// An unnamed statement is parsed and planned by the server on every call; the order path's
/// single-statement writes (see `SingleStatementWrites`) spend more server time planning than
/// executing. PostgresNIO prepares a statement once per connection and then only binds and
/// executes it, but names its statements by Swift type (`PostgresPreparedStatement` has a
/// static name and text). Here a fixed set of slot types carries texts assigned at run time:
/// the first `capacity` distinct parameterised query texts each get a slot for the life of the
/// process (so a slot's name always means the same text, on every connection), later ones run
/// unnamed as before. Statements without parameters (DDL, scripts) are never prepared.
///
/// Parameter types are those of the first call's bindings (int8, float8, text, bytea; a NULL
/// leaves its type to the server); a call that binds another type at some position than the
/// slot was prepared with runs unnamed.
enum PostgresPreparedSlots {
    static let capacity = 64

    private struct Registry {
        var slots: [String: Int] = [:]
        var texts: [String] = []
        var types: [[PostgresDataType?]] = []
    }

    private static let registry = Mutex(Registry())

    /// The rows of `sql` run as a named prepared statement, or nil when it has no slot (run it
    /// unnamed).
    static func query(_ sql: String, _ binds: [SQLValue], on connection: PostgresConnection,
                      logger: Logger) async throws -> [PostgresRow]? {
        guard !binds.isEmpty, let index = slot(for: sql, types: binds.map(dataType)) else { return nil }
        return try await runners[index](connection, PostgresValueCoding.bindings(binds), logger)
    }

    static func text(at index: Int) -> String { registry.withLock { $0.texts[index] } }

    private static func slot(for sql: String, types: [PostgresDataType?]) -> Int? {
        registry.withLock { registry -> Int? in
            if let index = registry.slots[sql] {
                let prepared = registry.types[index]
                let compatible = zip(prepared, types).allSatisfy { $0 == nil || $1 == nil || $0 == $1 }
                return compatible && prepared.count == types.count ? index : nil
            }
            guard registry.texts.count < capacity else { return nil }
            registry.slots[sql] = registry.texts.count
            registry.texts.append(sql)
            registry.types.append(types)
            return registry.texts.count - 1
        }
    }

    private static func dataType(_ value: SQLValue) -> PostgresDataType? {
        switch value {
        case .null: nil
        case .integer: .int8
        case .real: .float8
        case .text: .text
        case .blob: .bytea
        }
    }

    private typealias Runner = @Sendable (PostgresConnection, PostgresBindings, Logger) async throws -> [PostgresRow]

    private static func runner<S: Slot>(_: S.Type) -> Runner {
        { connection, bindings, logger in
            try await connection.execute(SlotStatement<S>(bindings: bindings), logger: logger).reduce(into: []) { $0.append($1) }
        }
    }

    private static let runners: [Runner] = [
        runner(S0.self), runner(S1.self), runner(S2.self), runner(S3.self), runner(S4.self), runner(S5.self),
        runner(S6.self), runner(S7.self), runner(S8.self), runner(S9.self), runner(S10.self), runner(S11.self),
        runner(S12.self), runner(S13.self), runner(S14.self), runner(S15.self), runner(S16.self), runner(S17.self),
        runner(S18.self), runner(S19.self), runner(S20.self), runner(S21.self), runner(S22.self), runner(S23.self),
        runner(S24.self), runner(S25.self), runner(S26.self), runner(S27.self), runner(S28.self), runner(S29.self),
        runner(S30.self), runner(S31.self), runner(S32.self), runner(S33.self), runner(S34.self), runner(S35.self),
        runner(S36.self), runner(S37.self), runner(S38.self), runner(S39.self), runner(S40.self), runner(S41.self),
        runner(S42.self), runner(S43.self), runner(S44.self), runner(S45.self), runner(S46.self), runner(S47.self),
        runner(S48.self), runner(S49.self), runner(S50.self), runner(S51.self), runner(S52.self), runner(S53.self),
        runner(S54.self), runner(S55.self), runner(S56.self), runner(S57.self), runner(S58.self), runner(S59.self),
        runner(S60.self), runner(S61.self), runner(S62.self), runner(S63.self)
    ]
}

/// A slot of `PostgresPreparedSlots`: its index names the statement and finds its text.
private protocol Slot: SendableMetatype { static var index: Int { get } }

private struct SlotStatement<S: Slot>: PostgresPreparedStatement {
    static var name: String { "ballast_slot_\(S.index)" }
    static var sql: String { PostgresPreparedSlots.text(at: S.index) }
    let bindings: PostgresBindings

    func makeBindings() throws -> PostgresBindings { bindings }
    func decodeRow(_ row: PostgresRow) throws -> PostgresRow { row }
}

private enum S0: Slot { static let index = 0 }
private enum S1: Slot { static let index = 1 }
private enum S2: Slot { static let index = 2 }
private enum S3: Slot { static let index = 3 }
private enum S4: Slot { static let index = 4 }
private enum S5: Slot { static let index = 5 }
private enum S6: Slot { static let index = 6 }
private enum S7: Slot { static let index = 7 }
private enum S8: Slot { static let index = 8 }
private enum S9: Slot { static let index = 9 }
private enum S10: Slot { static let index = 10 }
private enum S11: Slot { static let index = 11 }
private enum S12: Slot { static let index = 12 }
private enum S13: Slot { static let index = 13 }
private enum S14: Slot { static let index = 14 }
private enum S15: Slot { static let index = 15 }
private enum S16: Slot { static let index = 16 }
private enum S17: Slot { static let index = 17 }
private enum S18: Slot { static let index = 18 }
private enum S19: Slot { static let index = 19 }
private enum S20: Slot { static let index = 20 }
private enum S21: Slot { static let index = 21 }
private enum S22: Slot { static let index = 22 }
private enum S23: Slot { static let index = 23 }
private enum S24: Slot { static let index = 24 }
private enum S25: Slot { static let index = 25 }
private enum S26: Slot { static let index = 26 }
private enum S27: Slot { static let index = 27 }
private enum S28: Slot { static let index = 28 }
private enum S29: Slot { static let index = 29 }
private enum S30: Slot { static let index = 30 }
private enum S31: Slot { static let index = 31 }
private enum S32: Slot { static let index = 32 }
private enum S33: Slot { static let index = 33 }
private enum S34: Slot { static let index = 34 }
private enum S35: Slot { static let index = 35 }
private enum S36: Slot { static let index = 36 }
private enum S37: Slot { static let index = 37 }
private enum S38: Slot { static let index = 38 }
private enum S39: Slot { static let index = 39 }
private enum S40: Slot { static let index = 40 }
private enum S41: Slot { static let index = 41 }
private enum S42: Slot { static let index = 42 }
private enum S43: Slot { static let index = 43 }
private enum S44: Slot { static let index = 44 }
private enum S45: Slot { static let index = 45 }
private enum S46: Slot { static let index = 46 }
private enum S47: Slot { static let index = 47 }
private enum S48: Slot { static let index = 48 }
private enum S49: Slot { static let index = 49 }
private enum S50: Slot { static let index = 50 }
private enum S51: Slot { static let index = 51 }
private enum S52: Slot { static let index = 52 }
private enum S53: Slot { static let index = 53 }
private enum S54: Slot { static let index = 54 }
private enum S55: Slot { static let index = 55 }
private enum S56: Slot { static let index = 56 }
private enum S57: Slot { static let index = 57 }
private enum S58: Slot { static let index = 58 }
private enum S59: Slot { static let index = 59 }
private enum S60: Slot { static let index = 60 }
private enum S61: Slot { static let index = 61 }
private enum S62: Slot { static let index = 62 }
private enum S63: Slot { static let index = 63 }
