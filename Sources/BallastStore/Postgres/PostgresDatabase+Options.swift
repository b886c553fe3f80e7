extension PostgresDatabase {
    /// How a `PostgresDatabase` connects and behaves.
    public struct Options: Sendable, Hashable {
        /// The schema every connection works in (its `search_path`); nil keeps the server's
        /// default (`public`). Lower-case letters, digits and `_`, starting with a letter or `_`.
        public var schema: String?
        /// Whether `connect` creates `schema` when it does not exist (tests isolate themselves
        /// in a fresh schema each).
        public var createsSchema: Bool
        /// How long `connect` waits for its first connection (proven with `SELECT 1`), and each
        /// statement outside a transaction waits for a pooled connection. A wrong password or an
        /// unreachable server makes the client retry forever; this bounds the wait.
        public var timeout: Duration
        /// The most connections the pool opens.
        public var maximumConnections: Int
        /// How often a transaction runs when the server aborts it with a serialization failure
        /// or deadlock (transactions are SERIALIZABLE, so concurrent writers behave as if one ran
        /// after the other, as in SQLite).
        public var transactionAttempts: Int

        public init(schema: String? = nil, createsSchema: Bool = false, timeout: Duration = .seconds(10),
                    maximumConnections: Int = 20, transactionAttempts: Int = 20) {
            self.schema = schema
            self.createsSchema = createsSchema
            self.timeout = timeout
            self.maximumConnections = maximumConnections
            self.transactionAttempts = transactionAttempts
        }

        /// Throws `.invalidConfiguration` for a schema name that would need quoting.
        func validate() throws(StoreError) {
            guard let schema else { return }
            let bytes = Array(schema.utf8)
            let valid = !bytes.isEmpty && bytes.count <= 63
                && bytes.allSatisfy { $0 == UInt8(ascii: "_") || (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }
                && !(0x30...0x39).contains(bytes[0])
            guard valid else {
                throw StoreError(.invalidConfiguration, "PostgreSQL schema '\(schema.prefix(63))' must be lower-case letters, digits and _ (at most 63)")
            }
            guard maximumConnections > 0, transactionAttempts > 0 else {
                throw StoreError(.invalidConfiguration, "PostgreSQL: maximumConnections and transactionAttempts must be positive")
            }
        }
    }
}
