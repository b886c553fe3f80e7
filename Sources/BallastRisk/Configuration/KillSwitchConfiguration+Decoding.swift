import BallastCore

extension KillSwitchConfiguration {
    static let keys: Set<String> = Set(KillSwitchKind.allCases.map(\.rawValue)).subtracting(["manual"])

    init(_ r: ConfigReader, currency: String, zones: TimeZoneResolver) throws {
        self.init()
        dailyLoss = try Self.trigger(r, "dailyLoss") { try $0.money("limit", currency: currency) }
        if let daily = try r.nested("dailyLoss", allowed: Self.triggerKeys("dailyLoss")) {
            includeUnrealised = try daily.bool("includeUnrealised") ?? true
            dayRoll = try DayRoll.read(daily, "dayRoll", zones: zones) ?? .utcMidnight
        }
        drawdown = try Self.trigger(r, "drawdown") { reader throws in
            let limit = try reader.ratio("limit")
            if let limit, limit > 1 { throw reader.fail("limit", Shown.ratio(limit), "a drawdown is a fraction in [0, 1]") }
            return limit
        }
        consecutiveLosses = try Self.trigger(r, "consecutiveLosses") { try $0.count("limit").map { Int($0) } }
        staleDataSeconds = try Self.trigger(r, "staleData") { try $0.count("limit") }
        guard let error = try r.nested("errorRate", allowed: Self.triggerKeys("errorRate")) else { return }
        errorRate = try Self.trigger(r, "errorRate") { try $0.ratio("limit") }
        errorMinOrders = try error.count("minOrders").map { Int($0) } ?? errorMinOrders
        if let window = try error.count("windowSeconds") {
            guard window > 0 else { throw error.fail("windowSeconds", "0", "must be positive") }
            errorWindowSeconds = window
        }
    }

    /// The keys a switch's mapping may hold.
    private static func triggerKeys(_ key: String) -> Set<String> {
        switch key {
        case "dailyLoss": ["limit", "grade", "includeUnrealised", "dayRoll"]
        case "errorRate": ["limit", "grade", "minOrders", "windowSeconds"]
        default: ["limit", "grade"]
        }
    }

    /// Reads `{limit: …, grade: …}` under `key`; both are required.
    private static func trigger<L>(_ r: ConfigReader, _ key: String, limit: (ConfigReader) throws -> L?) throws -> KillSwitchTrigger<L>? {
        guard let node = try r.nested(key, allowed: triggerKeys(key)) else { return nil }
        guard let value = try limit(node) else { throw node.fail("limit", "", "is required") }
        guard let grade = try node.name("grade", as: KillSwitchGrade.self) else { throw node.fail("grade", "", "is required") }
        return KillSwitchTrigger(limit: value, grade: grade)
    }
}
