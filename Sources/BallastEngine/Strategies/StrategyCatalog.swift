import BallastCore

/// The built-in strategies by name, with their parameters and defaults.
public enum StrategyCatalog {
    public static let strategies: [any ConfigurableStrategy.Type] = [
        SMACross.self, DonchianBreakout.self, MeanReversion.self, Seasonality.self,
    ]

    public static var descriptors: [StrategyDescriptor] { strategies.map { $0.descriptor } }

    public static var names: [String] { descriptors.map(\.name) }

    public static func descriptor(named name: String) -> StrategyDescriptor? {
        descriptors.first { $0.name == name }
    }

    /// Builds the strategy called `name` (its type known only at run time).
    public static func make(_ name: String, parameters: [String: String] = [:]) throws(StrategyParameterError) -> any ConfigurableStrategy {
        guard let type = strategies.first(where: { $0.descriptor.name == name }) else {
            throw .unknownStrategy(name, known: names)
        }
        return try type.init(parameters: parameters)
    }

    /// Builds the strategy called `name` and hands it to `visitor` with its concrete type.
    /// Inlinable, so the visitor's generic code is specialised for each built-in strategy.
    @inlinable
    public static func visit<V: StrategyVisitor>(_ name: String, parameters: [String: String] = [:], _ visitor: V) throws -> V.Output {
        switch name {
        case SMACross.descriptor.name: return try visitor.visit(SMACross(parameters: parameters))
        case DonchianBreakout.descriptor.name: return try visitor.visit(DonchianBreakout(parameters: parameters))
        case MeanReversion.descriptor.name: return try visitor.visit(MeanReversion(parameters: parameters))
        case Seasonality.descriptor.name: return try visitor.visit(Seasonality(parameters: parameters))
        default: throw StrategyParameterError.unknownStrategy(name, known: names)
        }
    }
}
