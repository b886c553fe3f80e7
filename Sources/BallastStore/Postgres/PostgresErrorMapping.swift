import PostgresNIO

/// Maps PostgresNIO's errors to `StoreError` once, at the edge of the driver.
enum PostgresErrorMapping {
    /// 23xxx integrity violations → `.constraint` (with the server's message);
    /// 40001/40P01 (serialization failure, deadlock) → retryable `.conflict`;
    /// connection trouble → retryable `.connection`; anything else → `.database`.
    static func storeError(_ error: any Error) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let error = error as? PSQLError else {
            if error is CancellationError { return StoreError(.connection, "cancelled") }
            return StoreError(.connection, "PostgreSQL: \(error)", isRetryable: true)
        }
        if error.code == .server, let info = error.serverInfo {
            return serverError(info)
        }
        switch error.code {
        case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown,
             .messageDecodingFailure, .unexpectedBackendMessage:
            return StoreError(.connection, "PostgreSQL connection: \(error.code)\(underlying(error))", isRetryable: true)
        case .poolClosed:
            return StoreError(.connection, "PostgreSQL: the database is closed")
        case .sslUnsupported, .failedToAddSSLHandler, .receivedUnencryptedDataAfterSSLRequest,
             .unsupportedAuthMechanism, .authMechanismRequiresPassword, .saslError:
            return StoreError(.connection, "PostgreSQL connection set-up: \(error.code)\(underlying(error))")
        case .queryCancelled:
            return StoreError(.connection, "PostgreSQL: the query was cancelled", isRetryable: true)
        default:
            return StoreError(.database, "PostgreSQL: \(error.code)\(underlying(error))")
        }
    }

    static func serverError(_ info: PSQLError.ServerInfo) -> StoreError {
        let state = info[.sqlState] ?? ""
        var message = info[.message] ?? "unknown server error"
        if let detail = info[.detail] { message += " (\(detail))" }
        switch state {
        case _ where state.hasPrefix("23"):
            return StoreError(.constraint, message)
        case "40001", "40P01":
            return StoreError(.conflict, "\(message) [\(state)]", isRetryable: true)
        case _ where state.hasPrefix("08"), "57P01", "57P02", "57P03":
            return StoreError(.connection, "\(message) [\(state)]", isRetryable: true)
        case _ where state.hasPrefix("28"), "3D000":
            return StoreError(.connection, "\(message) [\(state)]")
        default:
            return StoreError(.database, "\(message) [\(state)]")
        }
    }

    /// Whether a server error is a serialization failure or deadlock (the transaction may be re-run).
    static func isSerializationFailure(_ error: any Error) -> Bool {
        guard let error = error as? PSQLError, error.code == .server else { return false }
        let state = error.serverInfo?[.sqlState]
        return state == "40001" || state == "40P01"
    }

    private static func underlying(_ error: PSQLError) -> String {
        error.underlying.map { " (\($0))" } ?? ""
    }
}
