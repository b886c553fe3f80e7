import PostgresNIO

/// BEGIN/COMMIT/ROLLBACK around a transaction body on one connection.
enum PostgresTransaction {
    /// Why one run of a transaction failed, and whether the whole transaction may run again.
    struct Failure: Error {
        var error: StoreError
        var mayRetry: Bool
    }

    /// Runs in its caller's isolation, as the non-Sendable `body` it calls must.
    nonisolated(nonsending) static func run<T: Sendable>(
        on executor: PostgresConnectionExecutor, _ body: (any SQLExecutor) async throws(StoreError) -> T
    ) async throws(Failure) -> T {
        do {
            _ = try await executor.run("BEGIN ISOLATION LEVEL SERIALIZABLE", [])
        } catch {
            throw Failure(error: error, mayRetry: false)
        }
        do {
            let value = try await body(executor)
            _ = try await executor.run("COMMIT", [])
            return value
        } catch {
            // After a failed COMMIT the server has already ended the transaction; ROLLBACK is then
            // a harmless no-op. A dropped connection fails both, and the server rolls back.
            _ = try? await executor.run("ROLLBACK", [])
            throw Failure(error: error, mayRetry: executor.serializationFailed)
        }
    }
}
