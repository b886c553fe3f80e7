/// The SQL engines Ballast stores its ledger in. Statements are written once with `?`
/// placeholders; a dialect that numbers its parameters (`$1`) rewrites them.
public enum SQLDialect: String, Sendable, Hashable {
    case sqlite
    case postgres
}
