

/// A built-in strategy's name, what it does, and the parameters it takes with their defaults.
public struct StrategyDescriptor: Sendable, Hashable {
    public var name: String
    public var summary: String
    public var parameters: [StrategyParameter]

    public init(name: String, summary: String, parameters: [StrategyParameter]) {
        self.name = name
        self.summary = summary
        self.parameters = parameters
    }

    /// Every parameter's default, by name.
    public var defaults: [String: String] {
        Dictionary(uniqueKeysWithValues: parameters.map { ($0.name, $0.defaultValue) })
    }
}
