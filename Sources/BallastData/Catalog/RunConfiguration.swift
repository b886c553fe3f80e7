/// The `backtest:` section of `<home>/ballast.yaml`: the strategy, the account and the costs a
/// run uses unless flags say otherwise. Plain values; the CLI turns them into cost models.
///
/// ```yaml
/// backtest:
///   strategy: sma-cross
///   parameters: {fast: 20, slow: 100, quantity: 1}   # quantity in lots
///   account: {currency: USD, deposit: 100000, mode: netting}   # netting | hedging
///   costs:
///     spread_multiplier: 1          # times the bars' <SPREAD> column (the default model)
///     fixed_spread_points: 15       # a constant spread instead of the bars'
///     commission_per_lot: 7         # in the account currency, per lot per fill
///     commission_rate: 0.00002      # or: a fraction of the traded notional
///     slippage_points: 1            # against every fill
/// ```
public struct RunConfiguration: Sendable, Equatable {
    public var strategy: String?
    public var parameters: [String: String] = [:]
    public var currency: String?
    public var deposit: String?
    public var hedging = false
    public var spreadMultiplier: Int64 = 1
    public var fixedSpreadPoints: Int64?
    public var commissionPerLot: String?
    public var commissionRate: Double?
    public var slippagePoints: Int64 = 0

    public init() {}

    /// Reads the `backtest:` section of a configuration file's text; other sections are ignored.
    public init(yaml: String, file: String) throws(ConfigFileError) {
        guard let root = try ConfigNode.parse(yaml: yaml, file: file),
              let section = try root.mapping().first(where: { $0.key == "backtest" })?.node else { return }
        try section.checkKeys(["strategy", "parameters", "account", "costs"])
        for (key, node) in try section.mapping() {
            switch key {
            case "strategy": strategy = try node.string()
            case "parameters": for (name, value) in try node.mapping() { parameters[name] = try value.string() }
            case "account": try readAccount(node)
            default: try readCosts(node)
            }
        }
    }

    private mutating func readAccount(_ node: ConfigNode) throws(ConfigFileError) {
        try node.checkKeys(["currency", "deposit", "mode"])
        for (key, value) in try node.mapping() {
            switch key {
            case "currency": currency = try value.string()
            case "deposit": deposit = try value.string()
            default:
                let mode = try value.string()
                guard mode == "netting" || mode == "hedging" else { throw value.error("expected netting or hedging, not '\(mode)'") }
                hedging = mode == "hedging"
            }
        }
    }

    private mutating func readCosts(_ node: ConfigNode) throws(ConfigFileError) {
        try node.checkKeys(["spread_multiplier", "fixed_spread_points", "commission_per_lot", "commission_rate", "slippage_points"])
        for (key, value) in try node.mapping() {
            switch key {
            case "spread_multiplier": spreadMultiplier = Int64(try value.int())
            case "fixed_spread_points": fixedSpreadPoints = Int64(try value.int())
            case "commission_per_lot": commissionPerLot = try value.string()
            case "commission_rate": commissionRate = try value.double()
            default: slippagePoints = Int64(try value.int())
            }
        }
        if commissionPerLot != nil, commissionRate != nil {
            throw node.error("give commission_per_lot or commission_rate, not both")
        }
    }
}
