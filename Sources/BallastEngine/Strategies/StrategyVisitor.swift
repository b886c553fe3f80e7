import BallastCore

/// Code that wants a catalog strategy with its concrete type, so that `Engine<S>` is
/// specialised for it (a backtest loop): `StrategyCatalog.visit` calls `visit` with it.
public protocol StrategyVisitor {
    associatedtype Output
    func visit<S: Strategy>(_ strategy: S) throws -> Output
}
