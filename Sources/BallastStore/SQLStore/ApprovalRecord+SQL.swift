import BallastCore

extension ApprovalRecord {
    static let sqlColumns = ["intent_id", "status", "requested_at", "expires_at", "max_drift", "decided_at", "actor",
                             "reason", "size_override"]

    var sqlValues: [SQLValue] {
        [.text(intentID.rawValue), .text(status.rawValue), .time(requestedAt), .time(expiresAt), .price(maxDrift),
         .time(decidedAt), .text(actor), .text(reason), .quantity(sizeOverride)]
    }

    init(row: SQLRow) throws(StoreError) {
        self.init(intentID: IntentID(try row.text("intent_id")), status: try row.enum("status", as: ApprovalStatus.self),
                  requestedAt: try row.timestamp("requested_at"), expiresAt: try row.timestamp("expires_at"),
                  maxDrift: try row.optionalPrice("max_drift"), decidedAt: try row.optionalTimestamp("decided_at"),
                  actor: try row.text("actor"), reason: try row.text("reason"),
                  sizeOverride: try row.optionalInt64("size_override").map { Quantity(raw: $0) })
    }
}
