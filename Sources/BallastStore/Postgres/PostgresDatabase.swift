import PostgresNIO
import Synchronization

/// The ledger's PostgreSQL database: a `PostgresClient` connection pool and the task running it.
///
/// Open it with `connect` (which starts the pool and proves the connection with `SELECT 1`) and
/// end it with `close()`. Statements use `?` placeholders (rewritten to `$n`); values bind as
/// int8, float8, text, bytea or NULL and read back by column type (see `PostgresValueCoding`).
/// Transactions are SERIALIZABLE on one leased connection and re-run on serialization failures.
public final class PostgresDatabase: SQLDatabase {
    public var dialect: SQLDialect { .postgres }
    /// Where the pool connects (its description hides the password).
    public let url: PostgresURL
    public let options: Options
    private let client: PostgresClient
    private let runTask: Task<Void, Never>
    private let logger: Logger
    private let statements = PostgresStatementCache()
    private let isClosed = Atomic<Bool>(false)

    private init(url: PostgresURL, options: Options, client: PostgresClient, runTask: Task<Void, Never>, logger: Logger) {
        self.url = url
        self.options = options
        self.client = client
        self.runTask = runTask
        self.logger = logger
    }

    /// Connects to the database `url` names (`postgres://user:password@host:port/database`).
    /// Throws `.invalidConfiguration` for a malformed URL and `.connection` when the server
    /// does not answer `SELECT 1` within `options.timeout` (wrong password, unreachable host).
    public static func connect(url: String, options: Options = Options(), logger: Logger? = nil) async throws(StoreError) -> PostgresDatabase {
        try await connect(to: PostgresURL(parsing: url), options: options, logger: logger)
    }

    /// Connects to the database `url` describes; see `connect(url:options:logger:)`.
    public static func connect(to url: PostgresURL, options: Options = Options(), logger: Logger? = nil) async throws(StoreError) -> PostgresDatabase {
        try options.validate()
        let logger = logger ?? Self.quietLogger
        let client = PostgresClient(configuration: configuration(url, options), backgroundLogger: logger)
        let runTask = Task { await client.run() }
        let database = PostgresDatabase(url: url, options: options, client: client, runTask: runTask, logger: logger)
        do {
            _ = try await database.run(what: "the first SELECT 1 (check host, port, user and password)") { executor in
                try await executor.run("SELECT 1", [])
            }
            if let schema = options.schema, options.createsSchema {
                try await database.execute("CREATE SCHEMA IF NOT EXISTS \(schema)", [])
            }
        } catch {
            await database.close()
            throw error
        }
        return database
    }

    @discardableResult
    public func execute(_ sql: String, _ binds: [SQLValue]) async throws(StoreError) -> Int {
        try await run(what: "a statement") { try await $0.run(sql, binds).affectedRows }
    }

    public func query(_ sql: String, _ binds: [SQLValue]) async throws(StoreError) -> [SQLRow] {
        let rows = try await run(what: "a query") { try await $0.rows(sql, binds) }
        return try PostgresValueCoding.rows(rows)
    }

    /// Runs `body` in one SERIALIZABLE transaction on one connection. When the server aborts it
    /// with a serialization failure or deadlock, `body` runs again (up to
    /// `options.transactionAttempts` times), so it must do nothing but database work. The wait
    /// for a connection is not bounded by `options.timeout` here (the body cannot move to
    /// another task); `connect` has already proven the server answers.
    public func transaction<T: Sendable>(_ body: (any SQLExecutor) async throws(StoreError) -> T) async throws(StoreError) -> T {
        var attempt = 1
        while true {
            try checkOpen()
            do {
                return try await client.withConnection { connection in
                    let executor = PostgresConnectionExecutor(
                        connection: connection, logger: logger, statements: statements, tracksSerializationFailures: true)
                    return try await PostgresTransaction.run(on: executor, body)
                }
            } catch let failure as PostgresTransaction.Failure {
                guard failure.mayRetry, attempt < options.transactionAttempts else { throw failure.error }
            } catch {
                throw PostgresErrorMapping.storeError(error)
            }
            attempt += 1
            try? await Task.sleep(for: .milliseconds(min(attempt, 20)))
        }
    }

    /// Stops the pool and its task; later calls fail with `.connection`.
    public func close() async {
        guard !isClosed.exchange(true, ordering: .acquiringAndReleasing) else { return }
        runTask.cancel()
        await runTask.value
    }
}

extension PostgresDatabase {
    private func checkOpen() throws(StoreError) {
        if isClosed.load(ordering: .acquiring) {
            throw StoreError(.connection, "PostgreSQL database \(url) is closed")
        }
    }

    /// Runs `operation` on a pooled connection, waiting at most `options.timeout` for one.
    private func run<T: Sendable>(
        what: String, _ operation: @escaping @Sendable (PostgresConnectionExecutor) async throws -> T
    ) async throws(StoreError) -> T {
        try checkOpen()
        let client = client, logger = logger, statements = statements
        return try await PostgresTimeout.run(options.timeout, what: what) { start in
            try await client.withConnection { connection in
                start.mark()
                return try await operation(PostgresConnectionExecutor(connection: connection, logger: logger, statements: statements))
            }
        }
    }

    private static func configuration(_ url: PostgresURL, _ options: Options) -> PostgresClient.Configuration {
        let tls: PostgresClient.Configuration.TLS = switch url.tlsMode {
        case .disable: .disable
        case .prefer: .prefer(.makeClientConfiguration())
        case .require: .require(.makeClientConfiguration())
        }
        var configuration = PostgresClient.Configuration(
            host: url.host, port: url.port, username: url.username, password: url.password,
            database: url.database, tls: tls)
        configuration.options.maximumConnections = options.maximumConnections
        configuration.options.connectTimeout = options.timeout
        configuration.options.minimumConnections = options.minimumConnections
        configuration.options.keepAliveBehavior = options.keepAlive.map { .init(frequency: $0) }
        if let schema = options.schema {
            // Any server setting may ride in the start-up message: each connection starts in `schema`.
            configuration.options.additionalStartupParameters = [("search_path", schema)]
        }
        return configuration
    }

    private static var quietLogger: Logger {
        var logger = Logger(label: "ballast.store.postgres")
        logger.logLevel = .critical
        return logger
    }
}
