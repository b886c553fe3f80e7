import BallastCore
import BallastEngine

extension BacktestShell {
    /// The run's result once the last bar has been handled.
    @usableFromInline
    func result<S: Strategy>(engine: Engine<S>, primary: String?, curve: EquityCurve, ticks: Int = 0) -> BacktestResult {
        var positions: [String: Quantity] = [:]
        for (m, symbol) in symbols.enumerated() {
            let lots = account.position(market: m)
            if lots.raw != 0 { positions[symbol, default: .zero] = positions[symbol, default: .zero] + lots }
        }
        return BacktestResult(
            bars: curve.count - ticks, ticks: ticks, fills: fills, netPnL: account.equity - account.settings.deposit,
            finalPosition: primary.flatMap { positions[$0] } ?? .zero, finalPositions: positions, equity: curve,
            trades: account.trades, costs: account.costs, finalBalance: account.balance, finalEquity: account.equity,
            stopOuts: stopOuts, rejections: engine.rejections, anomalies: engine.anomalies)
    }
}
