/// One `recordIntent` call waiting to be written, with others, on PostgreSQL (see
/// `SQLLedgerStore.recordIntents`).
struct IntentWrite: Sendable {
    var intent: IntentRecord
    var order: OrderRecord?
    var approval: ApprovalRecord?
    var audit: [AuditEntry]
}
