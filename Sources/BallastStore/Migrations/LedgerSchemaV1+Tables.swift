extension LedgerSchemaV1 {
    static let positions = """
    CREATE TABLE positions (
        account TEXT NOT NULL REFERENCES accounts (id),
        symbol TEXT NOT NULL,
        quantity BIGINT NOT NULL,
        average_price BIGINT NOT NULL,
        realized_pnl BIGINT NOT NULL,
        realized_pnl_currency TEXT NOT NULL,
        commissions BIGINT NOT NULL,
        commissions_currency TEXT NOT NULL,
        swaps BIGINT NOT NULL,
        swaps_currency TEXT NOT NULL,
        updated_at BIGINT NOT NULL,
        PRIMARY KEY (account, symbol)
    )
    """

    static let approvals = """
    CREATE TABLE approvals (
        intent_id TEXT PRIMARY KEY REFERENCES intents (id),
        status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'expired')),
        requested_at BIGINT NOT NULL,
        expires_at BIGINT NOT NULL,
        max_drift BIGINT,
        decided_at BIGINT,
        actor TEXT NOT NULL,
        reason TEXT NOT NULL,
        size_override BIGINT CHECK (size_override > 0)
    )
    """

    static let pnlDaily = """
    CREATE TABLE pnl_daily (
        account TEXT NOT NULL,
        day BIGINT NOT NULL,
        realized BIGINT NOT NULL,
        realized_currency TEXT NOT NULL,
        unrealized BIGINT NOT NULL,
        unrealized_currency TEXT NOT NULL,
        commissions BIGINT NOT NULL,
        commissions_currency TEXT NOT NULL,
        swaps BIGINT NOT NULL,
        swaps_currency TEXT NOT NULL,
        PRIMARY KEY (account, day)
    )
    """

    static let metricsDaily = """
    CREATE TABLE metrics_daily (
        account TEXT NOT NULL,
        day BIGINT NOT NULL,
        name TEXT NOT NULL,
        value DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (account, day, name)
    )
    """

    static func auditLogs(_ dialect: SQLDialect) -> String {
        """
        CREATE TABLE audit_logs (
            sequence \(serial(dialect)),
            time BIGINT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            reason TEXT NOT NULL,
            details TEXT NOT NULL
        )
        """
    }

    static let configs = """
    CREATE TABLE configs (
        key TEXT NOT NULL,
        version BIGINT NOT NULL CHECK (version > 0),
        body TEXT NOT NULL,
        changed_at BIGINT NOT NULL,
        actor TEXT NOT NULL,
        PRIMARY KEY (key, version)
    )
    """

    static func killSwitchEvents(_ dialect: SQLDialect) -> String {
        """
        CREATE TABLE kill_switch_events (
            id \(serial(dialect)),
            account TEXT NOT NULL,
            time BIGINT NOT NULL,
            name TEXT NOT NULL,
            grade TEXT NOT NULL,
            engaged BIGINT NOT NULL CHECK (engaged IN (0, 1)),
            reason TEXT NOT NULL,
            actor TEXT NOT NULL
        )
        """
    }
}
