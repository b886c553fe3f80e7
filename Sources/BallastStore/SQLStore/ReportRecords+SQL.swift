import BallastCore

extension DailyPnL {
    static let sqlColumns = ["account", "day", "realized", "realized_currency", "unrealized", "unrealized_currency",
                             "commissions", "commissions_currency", "swaps", "swaps_currency"]

    var sqlValues: [SQLValue] {
        [.text(account), .int(day)] + SQLValue.money(realized) + SQLValue.money(unrealized)
            + SQLValue.money(commissions) + SQLValue.money(swaps)
    }

    init(row: SQLRow) throws(StoreError) {
        self.init(account: try row.text("account"), day: try row.int("day"), realized: try row.money("realized"),
                  unrealized: try row.money("unrealized"), commissions: try row.money("commissions"),
                  swaps: try row.money("swaps"))
    }
}

extension DailyMetric {
    static let sqlColumns = ["account", "day", "name", "value"]

    var sqlValues: [SQLValue] { [.text(account), .int(day), .text(name), .real(value)] }

    init(row: SQLRow) throws(StoreError) {
        self.init(account: try row.text("account"), day: try row.int("day"), name: try row.text("name"),
                  value: try row.double("value"))
    }
}

extension KillSwitchEvent {
    /// The columns written on insert (the id is generated).
    static let sqlColumns = ["account", "time", "name", "grade", "engaged", "reason", "actor"]

    var sqlValues: [SQLValue] {
        [.text(account), .time(time), .text(name), .text(grade), .bool(engaged), .text(reason), .text(actor)]
    }

    init(row: SQLRow) throws(StoreError) {
        self.init(account: try row.text("account"), time: try row.timestamp("time"), name: try row.text("name"),
                  grade: try row.text("grade"), engaged: try row.bool("engaged"), reason: try row.text("reason"),
                  actor: try row.text("actor"))
    }
}
