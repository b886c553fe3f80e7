import BallastCore
import BallastEngine
import BallastRisk

/// Runs the engine loop for a concrete strategy type (so `Engine<S>` is specialised).
struct EngineLoopRunner: StrategyVisitor {
    struct Result {
        var fills = 0
        var finalPosition = 0.0
        var netPnL = 0.0
        var runs: [Double] = []
        var seconds: Double { runs.sorted()[runs.count / 2] }
    }

    let series: EngineLoopData
    let repeats: Int

    func visit<S: Strategy>(_ strategy: S) -> Result {
        var result = Result()
        for _ in 0..<repeats {
            let start = Clock.now
            let run = loop(strategy)
            result.runs.append(Clock.since(start))
            (result.fills, result.finalPosition, result.netPnL) = run
        }
        return result
    }

    /// The same walk over the columns, reading every field of every bar, without the engine:
    /// the cost of the data alone, to subtract.
    func baseline() -> Double {
        let columns = series.bars
        var checksum: Int64 = 0
        let start = Clock.now
        for i in 0..<columns.count {
            checksum &+= columns.time[i] &+ columns.open[i] &+ columns.high[i] &+ columns.low[i] &+ columns.close[i]
            checksum &+= columns.tickVolume[i] &+ Int64(columns.volume[i]) &+ Int64(columns.spread[i])
        }
        let seconds = Clock.since(start)
        if checksum == 42 { print("") }  // keeps the loop from being optimised away
        return seconds
    }

    /// One pass. Cash is kept exactly as Σ −signed quantity · price in 10⁻¹⁸ units.
    private func loop<S: Strategy>(_ strategy: S) -> (Int, Double, Double) {
        let columns = series.bars, symbol = series.symbol, timeframe = series.timeframe
        let length = timeframe.seconds * Timestamp.nanosPerSecond
        var engine = Engine(strategy: strategy, risk: PreTradeLimits(), context: StrategyContext(accountCurrency: "USD"))
        var pending: [Order] = []
        var cash: Int128 = 0, fills = 0
        // One event reused for every bar: only its bar and close time change, so the symbol
        // string is never copied (retained and released) per bar.
        var event = BarEvent(symbol: symbol, timeframe: timeframe, bar: Bar(time: Timestamp(nanoseconds: 0), open: .zero,
                                                                            high: .zero, low: .zero, close: .zero))
        for i in 0..<columns.count {
            if !pending.isEmpty {
                for order in pending {
                    let half = Int64(columns.spread[i]) * series.pointRaw / 2
                    let price = Price(raw: columns.open[i] + order.intent.side.sign * half)
                    let fill = Fill(orderID: order.id, symbol: symbol, side: order.intent.side, quantity: order.intent.quantity,
                                    price: price, time: Timestamp(nanoseconds: columns.time[i]), commission: Money.zero("USD"))
                    cash -= Int128(fill.signedQuantity.raw) * Int128(price.raw)
                    fills += 1
                    for case .submit(let next) in engine.handle(.fill(fill)) { pending.append(next) }
                }
                pending.removeAll(keepingCapacity: true)
            }
            event.bar = Bar(time: Timestamp(nanoseconds: columns.time[i]), open: Price(raw: columns.open[i]),
                            high: Price(raw: columns.high[i]), low: Price(raw: columns.low[i]), close: Price(raw: columns.close[i]),
                            tickVolume: columns.tickVolume[i], volume: columns.volume[i], spread: columns.spread[i])
            event.closeTime = Timestamp(nanoseconds: columns.time[i] + length)
            let actions = engine.handle(event)
            if !actions.isEmpty {
                for case .submit(let order) in actions where order.intent.type == .market { pending.append(order) }
            }
        }
        let position = engine.context.position(symbol).raw
        let last = columns.close.last ?? 0
        let pnl = cash + Int128(position) * Int128(last)
        return (fills, Double(position) / Double(Quantity.scale), Double(pnl) / 1e18)
    }
}
