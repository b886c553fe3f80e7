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
        /// Connections the pool keeps open even when idle. Connections above this number close
        /// after a minute unused, and the pool arms an idle timer (a task sleeping on a dispatch
        /// timer, cancelled at the next lease) every time one is handed back. An order path that
        /// keeps many statements in flight should keep this at `maximumConnections`:
        /// `ballast-bench orders` at 16 in flight spent about a tenth of its CPU on those timers.
        public var minimumConnections: Int
        /// How often an idle connection is probed with `SELECT 1`; nil (the default) never
        /// probes. A probe timer is re-armed every time a connection is handed back (thousands of
        /// times a second on the order path), and a connection the server closed is noticed when
        /// it closes anyway; a statement on one that died silently fails with a retryable
        /// connection error.
        public var keepAlive: Duration?
        /// How often a transaction runs when the server aborts it with a serialization failure
        /// or deadlock (transactions are SERIALIZABLE, so concurrent writers behave as if one ran
        /// after the other, as in SQLite).
        public var transactionAttempts: Int

        public init(schema: String? = nil, createsSchema: Bool = false, timeout: Duration = .seconds(10),
                    maximumConnections: Int = 20, minimumConnections: Int = 2, keepAlive: Duration? = nil,
                    transactionAttempts: Int = 20) {
            self.schema = schema
            self.createsSchema = createsSchema
            self.timeout = timeout
            self.maximumConnections = maximumConnections
            self.minimumConnections = minimumConnections
            self.keepAlive = keepAlive
            self.transactionAttempts = transactionAttempts
        }

        /// Throws `.invalidConfiguration` for a schema name that would need quoting, or pool
        /// sizes, attempts or a keep-alive interval out of range.
        func validate() throws(StoreError) {
            if let schema {
                let bytes = Array(schema.utf8)
                let valid = !bytes.isEmpty && bytes.count <= 63
                    && bytes.allSatisfy { $0 == UInt8(ascii: "_") || (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }
                    && !(0x30...0x39).contains(bytes[0])
                guard valid else {
                    throw StoreError(.invalidConfiguration, "PostgreSQL schema '\(schema.prefix(63))' must be lower-case letters, digits and _ (at most 63)")
                }
            }
            guard maximumConnections > 0, transactionAttempts > 0 else {
                throw StoreError(.invalidConfiguration, "PostgreSQL: maximumConnections and transactionAttempts must be positive")
            }
            guard (0...maximumConnections).contains(minimumConnections) else {
                throw StoreError(.invalidConfiguration,
                                 "PostgreSQL: minimumConnections (\(minimumConnections)) must be from 0 to maximumConnections (\(maximumConnections))")
            }
            if let keepAlive, keepAlive <= .zero {
                throw StoreError(.invalidConfiguration, "PostgreSQL: keepAlive must be positive, or nil for none")
            }
        }
    }
}
