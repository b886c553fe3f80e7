/// One step of the schema: a version, a name, and the statements that take a database from the
/// previous version to this one, written for each dialect. Applied once, in one transaction,
/// and never edited after release (a change is a new migration).
public struct Migration: Sendable, Hashable {
    public var version: Int
    public var name: String
    public var statements: [SQLDialect: [String]]

    public init(version: Int, name: String, sqlite: [String], postgres: [String]) {
        self.version = version
        self.name = name
        self.statements = [.sqlite: sqlite, .postgres: postgres]
    }

    /// The statements for `dialect`, each run on its own.
    public func statements(for dialect: SQLDialect) throws(StoreError) -> [String] {
        guard let list = statements[dialect] else {
            throw StoreError(.migration, "migration \(version) (\(name)) has no \(dialect.rawValue) statements")
        }
        return list
    }
}
