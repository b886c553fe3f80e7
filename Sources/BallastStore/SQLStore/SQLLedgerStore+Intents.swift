import BallastCore

extension SQLLedgerStore {
    static let insertIntentIfNew = SQLText.insert("intents", IntentRecord.sqlColumns, suffix: "ON CONFLICT (id) DO NOTHING")
    static let insertOrderIfNew = SQLText.insert("orders", OrderRecord.sqlColumns, suffix: "ON CONFLICT (id) DO NOTHING")
    static let insertApproval = SQLText.insert("approvals", ApprovalRecord.sqlColumns)
    static let selectIntent = SQLText.select(IntentRecord.sqlColumns, from: "intents", "WHERE id = ?")
    static let selectFirstOrderOfIntent = SQLText.select(
        OrderRecord.sqlColumns, from: "orders", "WHERE intent_id = ? AND parent_id IS NULL ORDER BY created_at, id LIMIT 1")

    /// One transaction on SQLite. On PostgreSQL, one statement: recordings that arrive while
    /// another is being written share the next one (`WriteCombiner`), each still answered alone.
    public func recordIntent(_ intent: IntentRecord, order: OrderRecord?, approval: ApprovalRecord?,
                             audit: [AuditEntry]) async throws(StoreError) -> IntentRecording {
        let write = IntentWrite(intent: intent, order: order, approval: approval, audit: audit)
        guard database.dialect == .postgres else { return try await recordInTransaction(write) }
        return try await intentWrites.write(write) { [self] batch in await recordIntents(batch) }
    }

    /// Records `writes` with one statement when all are new; a taken id fails it whole, and
    /// each is then recorded by the transaction, which reads the first records (or reports the
    /// real constraint). Any other failure is every write's.
    private func recordIntents(_ writes: [IntentWrite]) async -> [Result<IntentRecording, StoreError>] {
        let orders = writes.compactMap(\.order), approvals = writes.compactMap(\.approval)
        let audit = writes.flatMap(\.audit)
        let text = SingleStatementWrites.recordIntentsText(
            intents: writes.count, orders: orders.count, approvals: approvals.count, audits: audit.count)
        let binds = writes.flatMap(\.intent.sqlValues) + orders.flatMap(\.sqlValues) + approvals.flatMap(\.sqlValues)
            + audit.flatMap(\.sqlValues)
        do throws(StoreError) {
            _ = try await database.query(text, binds)
            return writes.map { _ in .success(.recorded) }
        } catch {
            guard error.code == .constraint else { return writes.map { _ in .failure(error) } }
        }
        var answers: [Result<IntentRecording, StoreError>] = []
        for write in writes {
            do throws(StoreError) { answers.append(.success(try await recordInTransaction(write))) } catch {
                answers.append(.failure(error))
            }
        }
        return answers
    }

    /// Inserts that find their key taken change nothing (`ON CONFLICT DO NOTHING`, which waits
    /// for a concurrent writer of the same key and then sees its row), so the changed-row
    /// count tells a first recording from a repeat even under concurrency.
    private func recordInTransaction(_ write: IntentWrite) async throws(StoreError) -> IntentRecording {
        let (intent, order, approval, audit) = (write.intent, write.order, write.approval, write.audit)
        return try await self.write { (sql) throws(StoreError) -> IntentRecording in
            guard try await sql.execute(Self.insertIntentIfNew, intent.sqlValues) == 1 else {
                return try await Self.duplicate(intent: intent.id, on: sql)
            }
            if let order, try await sql.execute(Self.insertOrderIfNew, order.sqlValues) != 1 {
                // The client order id belongs to an earlier intent: take back this intent's
                // row (so nothing is written) and answer with the earlier records.
                try await sql.execute("DELETE FROM intents WHERE id = ?", [.text(intent.id.rawValue)])
                return try await Self.duplicate(order: order.id, on: sql)
            }
            if let approval { try await sql.execute(Self.insertApproval, approval.sqlValues) }
            try await Self.append(audit, on: sql)
            return .recorded
        }
    }

    public func intent(_ id: IntentID) async throws(StoreError) -> IntentRecord? {
        try await database.first(Self.selectIntent, [.text(id.rawValue)], as: IntentRecord.init(row:))
    }

    public func updateIntent(_ id: IntentID, to status: IntentStatus, rule: String, reason: String, time: Timestamp,
                             expected: Set<IntentStatus>, audit: [AuditEntry]) async throws(StoreError) -> Bool {
        guard !expected.isEmpty else { return false }
        let statuses = expected.map(\.rawValue).sorted()
        let statement = "UPDATE intents SET status = ?, rule = ?, reason = ?, updated_at = ? WHERE id = ? AND status IN ("
            + SQLText.placeholders(statuses.count) + ")"
        let binds: [SQLValue] = [.text(status.rawValue), .text(rule), .text(reason), .time(time), .text(id.rawValue)]
            + statuses.map { .text($0) }
        return try await write { (sql) throws(StoreError) -> Bool in
            guard try await sql.execute(statement, binds) == 1 else { return false }
            try await Self.append(audit, on: sql)
            return true
        }
    }

    /// The records an earlier recording of `intent` made.
    static func duplicate(intent id: IntentID, on sql: any SQLExecutor) async throws(StoreError) -> IntentRecording {
        guard let existing = try await sql.first(selectIntent, [.text(id.rawValue)], as: IntentRecord.init(row:)) else {
            throw StoreError(.conflict, "intent \(id) was reported taken but cannot be read", isRetryable: true)
        }
        let order = try await sql.first(selectFirstOrderOfIntent, [.text(id.rawValue)], as: OrderRecord.init(row:))
        return .duplicate(existing, order)
    }

    /// The records of the intent that made order `id`.
    static func duplicate(order id: ClientOrderID, on sql: any SQLExecutor) async throws(StoreError) -> IntentRecording {
        guard let order = try await sql.first(selectOrder, [.text(id.rawValue)], as: OrderRecord.init(row:)),
              let existing = try await sql.first(selectIntent, [.text(order.intentID.rawValue)], as: IntentRecord.init(row:))
        else {
            throw StoreError(.conflict, "order \(id) was reported taken but cannot be read", isRetryable: true)
        }
        return .duplicate(existing, order)
    }
}
