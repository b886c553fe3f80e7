import BallastCore

/// Intents, orders, fills and positions: the write-ahead record of the order path.
public protocol OrderStore: Sendable {
    /// Records a new intent, with its order when it goes straight to the venue or its approval
    /// request when it must wait, and the audit entries, in one transaction. When the intent id
    /// is already recorded (or its client order id is taken) nothing is written and the records
    /// made the first time come back: this is what makes a repeated submission harmless.
    func recordIntent(_ intent: IntentRecord, order: OrderRecord?, approval: ApprovalRecord?,
                      audit: [AuditEntry]) async throws(StoreError) -> IntentRecording
    func intent(_ id: IntentID) async throws(StoreError) -> IntentRecord?
    /// Moves an intent to `status` when its current status is in `expected`; false (nothing
    /// written) when it is not.
    func updateIntent(_ id: IntentID, to status: IntentStatus, rule: String, reason: String, time: Timestamp,
                      expected: Set<IntentStatus>, audit: [AuditEntry]) async throws(StoreError) -> Bool

    func order(_ id: ClientOrderID) async throws(StoreError) -> OrderRecord?
    /// Orders of `account` in any of `statuses`, oldest first.
    func orders(account: String, statuses: Set<OrderStatus>) async throws(StoreError) -> [OrderRecord]
    /// Inserts an order made after its intent was recorded (an approved intent's order, a
    /// bracket's exits, an adopted or flattening order); false when the id is taken.
    func insertOrder(_ order: OrderRecord, audit: [AuditEntry]) async throws(StoreError) -> Bool
    /// Writes `order`'s new state when the stored status is still `expected`; false (nothing
    /// written) when another writer moved it first.
    func updateOrder(_ order: OrderRecord, expected: OrderStatus, audit: [AuditEntry]) async throws(StoreError) -> Bool

    /// Records a fill together with the order and position it produces, in one transaction.
    /// False (and nothing written) when a fill with this id is already recorded.
    func recordFill(_ fill: BrokerFill, order: OrderRecord, position: PositionRecord,
                    audit: [AuditEntry]) async throws(StoreError) -> Bool
    /// Records several new fills together (what one synchronisation found), with the latest
    /// state of each order they fill and of each position they move, in one transaction: all
    /// or nothing. False (nothing written) when any fill is already recorded or has no recorded
    /// order; recording them one at a time then tells which.
    func recordFills(_ fills: [BrokerFill], orders: [OrderRecord], positions: [PositionRecord],
                     audit: [AuditEntry]) async throws(StoreError) -> Bool
    /// Fills of `account` with a venue sequence above `sequence`, in sequence order.
    func fills(account: String, after sequence: UInt64) async throws(StoreError) -> [BrokerFill]
    func fills(order: ClientOrderID) async throws(StoreError) -> [BrokerFill]
    /// The order `id` with its recorded fills in sequence order (one read where the store
    /// can); nil when there is no such order.
    func orderWithFills(_ id: ClientOrderID) async throws(StoreError) -> (order: OrderRecord, fills: [BrokerFill])?
    /// The highest venue sequence recorded for `account` (0 when none): where catching up resumes.
    func lastFillSequence(account: String) async throws(StoreError) -> UInt64
    func positions(account: String) async throws(StoreError) -> [PositionRecord]
    func position(account: String, symbol: String) async throws(StoreError) -> PositionRecord?
}
