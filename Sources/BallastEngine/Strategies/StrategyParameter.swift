

/// One parameter of a built-in strategy, given as text (`--param fast=20`, a YAML value).
public struct StrategyParameter: Sendable, Hashable {
    public var name: String
    /// The value used when none is given (may be empty, meaning "not set").
    public var defaultValue: String
    public var summary: String

    public init(_ name: String, default defaultValue: String, _ summary: String) {
        self.name = name
        self.defaultValue = defaultValue
        self.summary = summary
    }

    /// The order size in units of the instrument (contract sizes arrive with instruments).
    public static func quantity(default value: String = "100000") -> StrategyParameter {
        StrategyParameter("quantity", default: value, "position size in units (100000 = 1 FX lot)")
    }

    /// The series to trade; empty follows the first series that arrives and ignores the rest.
    public static let symbol = StrategyParameter("symbol", default: "", "symbol to trade (empty: the first one seen)")
    public static let timeframe = StrategyParameter("timeframe", default: "", "bar timeframe to trade (empty: the first one seen)")
    public static let short = StrategyParameter("short", default: "true", "whether to sell short as well as buy")
}
