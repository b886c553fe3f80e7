extension LedgerSchemaV1 {
    /// SQLite refuses changes to the audit log with triggers (RAISE(ABORT) reports a
    /// constraint failure, so the store maps it to `.constraint`).
    static let sqliteAuditGuard = [
        """
        CREATE TRIGGER audit_logs_no_update BEFORE UPDATE ON audit_logs
        BEGIN SELECT RAISE(ABORT, 'audit_logs is append-only'); END
        """,
        """
        CREATE TRIGGER audit_logs_no_delete BEFORE DELETE ON audit_logs
        BEGIN SELECT RAISE(ABORT, 'audit_logs is append-only'); END
        """,
    ]

    /// PostgreSQL refuses UPDATE, DELETE and TRUNCATE on the audit log with one trigger
    /// function. It raises SQLSTATE 23000 (integrity_constraint_violation) so the driver maps
    /// it to `.constraint` as SQLite's trigger is. The trigger is per statement, so even a
    /// statement that matches no rows is refused (a row trigger would never fire for it).
    /// Needs PostgreSQL 11+ (`EXECUTE FUNCTION`).
    static let postgresAuditGuard = [
        """
        CREATE FUNCTION ballast_audit_logs_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'audit_logs is append-only' USING ERRCODE = 'integrity_constraint_violation';
        END
        $$
        """,
        """
        CREATE TRIGGER audit_logs_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_logs
        FOR EACH STATEMENT EXECUTE FUNCTION ballast_audit_logs_append_only()
        """,
    ]
}
