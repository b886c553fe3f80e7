import BallastCore

/// A strategy that can be built by name from text parameters (`--param fast=20`, YAML).
public protocol ConfigurableStrategy: Strategy {
    static var descriptor: StrategyDescriptor { get }
    /// Builds the strategy; unknown parameters and invalid values are errors, missing ones take defaults.
    init(parameters: [String: String]) throws(StrategyParameterError)
}
