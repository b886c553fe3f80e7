import ArgumentParser
import BallastResearch

/// The triple barrier of `ballast labels` and `ballast train`, scaled by the close-to-close
/// volatility over `--volatility-period` bars.
struct BarrierOptions: ParsableArguments {
    @Option(help: "Profit-take barrier in multiples of the volatility (0 switches it off).") var profitTake = 1.5
    @Option(help: "Stop-loss barrier in multiples of the volatility (0 switches it off).") var stopLoss = 1.5
    @Option(help: "Vertical barrier in bars.") var maxBars = 24
    @Option(help: "Bars of the close-to-close volatility the barriers scale with.") var volatilityPeriod = 20

    /// The barrier; a usage error for values it cannot take.
    func barrier() throws -> TripleBarrier {
        guard profitTake >= 0, stopLoss >= 0, maxBars > 0, volatilityPeriod > 1 else {
            throw CLIError(.usage, "barriers must be ≥ 0, --max-bars > 0 and --volatility-period > 1")
        }
        return TripleBarrier(profitTake: profitTake, stopLoss: stopLoss, maxBars: maxBars)
    }

    /// The settings as recorded with a run.
    var parameters: [String: String] {
        ["profit_take": "\(profitTake)", "stop_loss": "\(stopLoss)", "max_bars": "\(maxBars)", "volatility_period": "\(volatilityPeriod)"]
    }
}
