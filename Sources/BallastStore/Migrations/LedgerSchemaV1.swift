/// Version 1 of the ledger schema, for SQLite and PostgreSQL.
///
/// The tables are written once in the SQL both engines accept (BIGINT, TEXT, DOUBLE
/// PRECISION, CHECK, REFERENCES); only the generated keys and the append-only guard of the
/// audit log differ. Prices, quantities and money are raw fixed-point integers (money with a
/// currency column beside it), times are UTC nanoseconds, booleans are 0/1. The CHECK lists
/// spell the enums' raw values literally: a released schema must not change when an enum grows.
enum LedgerSchemaV1 {
    static let migration = Migration(
        version: 1, name: "ledger",
        sqlite: tables(.sqlite) + indexes + sqliteAuditGuard,
        postgres: tables(.postgres) + indexes + postgresAuditGuard)

    /// A generated, increasing integer key.
    static func serial(_ dialect: SQLDialect) -> String {
        switch dialect {
        case .sqlite: "INTEGER PRIMARY KEY AUTOINCREMENT"
        case .postgres: "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"
        }
    }

    static func tables(_ dialect: SQLDialect) -> [String] {
        [accounts, instruments, intents, orders, orderFills, positions, approvals, pnlDaily, metricsDaily,
         auditLogs(dialect), configs, killSwitchEvents(dialect)]
    }

    /// The columns of an `OrderIntent`, shared by `intents` and `orders`: the order type and
    /// time in force as a kind and its values, the bracket as a flag and its two prices.
    static let orderIntentColumns = """
        symbol TEXT NOT NULL,
        side TEXT NOT NULL CHECK (side IN ('buy', 'sell')),
        quantity BIGINT NOT NULL CHECK (quantity > 0),
        type_kind TEXT NOT NULL CHECK (type_kind IN ('market', 'limit', 'stop', 'stopLimit', 'trailingStop')),
        type_price BIGINT,
        type_limit BIGINT,
        tif_kind TEXT NOT NULL CHECK (tif_kind IN ('gtc', 'day', 'gtd', 'ioc')),
        tif_until BIGINT,
        has_bracket BIGINT NOT NULL CHECK (has_bracket IN (0, 1)),
        stop_loss BIGINT,
        take_profit BIGINT,
        oco_group TEXT,
        tag TEXT NOT NULL
    """

    /// Table constraints that keep the order intent columns consistent.
    static let orderIntentChecks = """
        CHECK ((type_kind = 'market') = (type_price IS NULL)),
        CHECK ((type_kind = 'stopLimit') = (type_limit IS NOT NULL)),
        CHECK ((tif_kind = 'gtd') = (tif_until IS NOT NULL)),
        CHECK (has_bracket = 1 OR (stop_loss IS NULL AND take_profit IS NULL))
    """

    static let accounts = """
    CREATE TABLE accounts (
        id TEXT PRIMARY KEY,
        broker TEXT NOT NULL,
        currency TEXT NOT NULL,
        mode TEXT NOT NULL,
        created_at BIGINT NOT NULL
    )
    """

    static let instruments = """
    CREATE TABLE instruments (
        symbol TEXT PRIMARY KEY,
        broker_symbol TEXT NOT NULL,
        asset_class TEXT NOT NULL,
        specification TEXT NOT NULL,
        updated_at BIGINT NOT NULL
    )
    """

    static let intents = """
    CREATE TABLE intents (
        id TEXT PRIMARY KEY,
        account TEXT NOT NULL REFERENCES accounts (id),
        strategy TEXT NOT NULL,
    \(orderIntentColumns),
        created_at BIGINT NOT NULL,
        reference_price BIGINT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('received', 'rejected', 'awaitingApproval', 'ordered', 'expired', 'cancelled')),
        rule TEXT NOT NULL,
        reason TEXT NOT NULL,
        updated_at BIGINT NOT NULL,
    \(orderIntentChecks)
    )
    """

    static let orders = """
    CREATE TABLE orders (
        id TEXT PRIMARY KEY,
        intent_id TEXT NOT NULL REFERENCES intents (id),
        parent_id TEXT REFERENCES orders (id),
        account TEXT NOT NULL REFERENCES accounts (id),
    \(orderIntentColumns),
        status TEXT NOT NULL CHECK (status IN ('created', 'submitted', 'accepted', 'partiallyFilled', 'filled', 'cancelled', 'rejected', 'expired')),
        filled_quantity BIGINT NOT NULL CHECK (filled_quantity >= 0),
        average_price BIGINT NOT NULL,
        broker_id TEXT,
        reason TEXT NOT NULL,
        attempts BIGINT NOT NULL CHECK (attempts >= 0),
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL,
        CHECK (filled_quantity <= quantity),
    \(orderIntentChecks)
    )
    """

    static let orderFills = """
    CREATE TABLE order_fills (
        account TEXT NOT NULL,
        id TEXT NOT NULL,
        sequence BIGINT NOT NULL CHECK (sequence >= 0),
        order_id TEXT NOT NULL REFERENCES orders (id),
        symbol TEXT NOT NULL,
        side TEXT NOT NULL CHECK (side IN ('buy', 'sell')),
        quantity BIGINT NOT NULL CHECK (quantity > 0),
        price BIGINT NOT NULL,
        time BIGINT NOT NULL,
        commission BIGINT NOT NULL,
        commission_currency TEXT NOT NULL,
        PRIMARY KEY (account, id)
    )
    """

    static let indexes = [
        "CREATE INDEX intents_by_account ON intents (account, created_at)",
        "CREATE INDEX orders_by_account_status ON orders (account, status, created_at)",
        "CREATE INDEX orders_by_intent ON orders (intent_id)",
        "CREATE INDEX orders_by_parent ON orders (parent_id)",
        "CREATE INDEX order_fills_by_sequence ON order_fills (account, sequence)",
        "CREATE INDEX order_fills_by_order ON order_fills (order_id, sequence)",
        "CREATE INDEX approvals_by_status ON approvals (status, requested_at)",
        "CREATE INDEX kill_switch_events_by_account ON kill_switch_events (account, time)",
    ]
}
