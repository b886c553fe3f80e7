import BallastCore

extension AuditEntry {
    /// The columns written on append (the sequence is generated).
    static let sqlColumns = ["time", "actor", "action", "entity", "entity_id", "reason", "details"]

    var sqlValues: [SQLValue] {
        [.time(time), .text(actor), .text(action), .text(entity), .text(entityID), .text(reason), .text(details)]
    }

    init(row: SQLRow) throws(StoreError) {
        self.init(sequence: try row.int64("sequence"), time: try row.timestamp("time"), actor: try row.text("actor"),
                  action: try row.text("action"), entity: try row.text("entity"), entityID: try row.text("entity_id"),
                  reason: try row.text("reason"), details: try row.text("details"))
    }
}
