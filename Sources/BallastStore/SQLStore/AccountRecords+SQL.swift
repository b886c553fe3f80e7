import BallastCore

extension AccountRecord {
    static let sqlColumns = ["id", "broker", "currency", "mode", "created_at"]

    var sqlValues: [SQLValue] { [.text(id), .text(broker), .text(currency), .text(mode), .time(createdAt)] }

    init(row: SQLRow) throws(StoreError) {
        self.init(id: try row.text("id"), broker: try row.text("broker"), currency: try row.text("currency"),
                  mode: try row.text("mode"), createdAt: try row.timestamp("created_at"))
    }
}

extension InstrumentRecord {
    static let sqlColumns = ["symbol", "broker_symbol", "asset_class", "specification", "updated_at"]

    var sqlValues: [SQLValue] {
        [.text(symbol), .text(brokerSymbol), .text(assetClass), .text(specification), .time(updatedAt)]
    }

    init(row: SQLRow) throws(StoreError) {
        self.init(symbol: try row.text("symbol"), brokerSymbol: try row.text("broker_symbol"),
                  assetClass: try row.text("asset_class"), specification: try row.text("specification"),
                  updatedAt: try row.timestamp("updated_at"))
    }
}

extension ConfigRecord {
    static let sqlColumns = ["key", "version", "body", "changed_at", "actor"]

    var sqlValues: [SQLValue] { [.text(key), .int(version), .text(body), .time(changedAt), .text(actor)] }

    init(row: SQLRow) throws(StoreError) {
        self.init(key: try row.text("key"), version: try row.int("version"), body: try row.text("body"),
                  changedAt: try row.timestamp("changed_at"), actor: try row.text("actor"))
    }
}
