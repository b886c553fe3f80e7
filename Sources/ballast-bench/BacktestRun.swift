import ArgumentParser
import BallastBacktest
import BallastCore
import BallastData
import BallastEngine
import Foundation

/// One timed run.
struct BacktestRun {
    let result: BacktestResult
    let seconds: Double

    struct Visitor: StrategyVisitor {
        let series: BarSeries
        let digits: Int

        func visit<S: Strategy>(_ strategy: S) throws -> BacktestRun {
            let engine = Engine(strategy: strategy, risk: PeerStandard.risk, context: StrategyContext(accountCurrency: "USD", historyLength: S.historyLength))
            var runner = try BacktestRunner(engine: engine, exchange: try PeerStandard.exchange(digits: digits),
                                            account: try PeerStandard.account(digits: digits))
            let start = Clock.now
            let result = try runner.run([series])
            return BacktestRun(result: result, seconds: Clock.since(start))
        }
    }
}
