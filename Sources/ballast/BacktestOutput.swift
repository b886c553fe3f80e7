import BallastBacktest
import BallastCore
import Foundation

/// What `ballast backtest` prints and writes.
enum BacktestOutput {
    /// The `--json` object.
    struct Summary: Encodable {
        var symbol: String, timeframe: String, strategy: String, parameters: [String: String]
        var bars: Int, fills: Int, trades: Int
        /// Ticks replayed; absent when the run replayed bars only.
        var ticks: Int?
        /// Every instrument of a multi-instrument run, in `--symbol` order; absent for one.
        var symbols: [String]?
        var netPnL: Double, finalPosition: Double, finalEquity: Double, currency: String
        var sharpe: Double, sortino: Double, maxDrawdown: Double, cagr: Double, winRate: Double
        var costs: CostBreakdown
        /// Deployable capital at 10% of the bars' volume; nil without volume data.
        var capacity: Double?
        /// Events (bars and ticks) handled per second.
        var engineSeconds: Double, barsPerSecond: Double
        /// With `--stress`: the stressed reruns, best trades removed, Monte Carlo.
        var stress: StressReport?
        /// The id the run was recorded under.
        var run: String?

        enum CodingKeys: String, CodingKey {
            case symbol, symbols, timeframe, strategy, parameters, bars, ticks, fills, trades
            case netPnL = "net_pnl", finalPosition = "final_position", finalEquity = "final_equity", currency
            case sharpe, sortino, maxDrawdown = "max_drawdown", cagr, winRate = "win_rate", costs, capacity
            case engineSeconds = "engine_seconds", barsPerSecond = "bars_per_second", stress, run
        }

        init(_ outcome: BacktestSetup.Outcome, setup: BacktestSetup) {
            let r = outcome.result
            let stats = outcome.stats
            symbol = setup.instrument.symbol; timeframe = setup.timeframe.rawValue
            strategy = setup.strategyName; parameters = setup.parameters
            bars = r.bars; fills = r.fills.count; trades = r.trades.count
            ticks = r.ticks > 0 ? r.ticks : nil
            symbols = setup.legs.count > 1 ? setup.legs.map(\.symbol) : nil
            netPnL = r.netPnL.doubleValue; finalPosition = (r.finalPositions[symbol] ?? .zero).doubleValue
            finalEquity = r.finalEquity.doubleValue; currency = r.finalEquity.currency
            sharpe = stats.sharpe; sortino = stats.sortino; maxDrawdown = stats.maxDrawdown; cagr = stats.cagr
            winRate = stats.winRate; costs = stats.costs; capacity = stats.capacity
            engineSeconds = outcome.seconds; barsPerSecond = outcome.seconds > 0 ? Double(r.bars + r.ticks) / outcome.seconds : 0
        }
    }

    static func text(_ outcome: BacktestSetup.Outcome, setup: BacktestSetup, report: String?) -> String {
        let s = Summary(outcome, setup: setup)
        let on = (s.symbols ?? [s.symbol]).joined(separator: ", ")
        let ticks = s.ticks.map { ", \($0) ticks" } ?? ""
        var lines = ["\(s.strategy) on \(on) \(s.timeframe): \(s.bars) bars\(ticks), \(s.fills) fills, \(s.trades) closed trades"]
        lines.append(String(format: "net PnL %.2f %@, final equity %.2f, final position %@ lots", s.netPnL, s.currency,
                            s.finalEquity, (outcome.result.finalPositions[s.symbol] ?? .zero).description))
        lines.append(String(format: "Sharpe %.2f, Sortino %.2f, max drawdown %.2f%%, CAGR %.2f%%, win rate %.1f%%",
                            s.sharpe, s.sortino, s.maxDrawdown * 100, s.cagr * 100, s.winRate * 100))
        lines.append(String(format: "costs: spread %.2f, commission %.2f, swap %.2f, slippage %.2f", s.costs.spread,
                            s.costs.commission, s.costs.swap, s.costs.slippage))
        lines.append(String(format: "engine %.3f s (%.1f M events/s)", s.engineSeconds, s.barsPerSecond / 1e6))
        if let start = setup.tradingStart { lines.append("out of sample: trading from \(start.iso8601), after the model's training data") }
        if let report { lines.append("tearsheet: \(report)") }
        return lines.joined(separator: "\n")
    }

    /// The tearsheet, with cash and buy-and-hold benchmarks.
    static func tearsheet(_ outcome: BacktestSetup.Outcome, setup: BacktestSetup) -> Tearsheet {
        let r = outcome.result
        let curve = r.performanceCurve
        // One price per curve point and instrument: the bars' closes for one bar series, else each
        // instrument's latest price at each point of the merged curve.
        let frameNanos = setup.timeframe.seconds * Timestamp.nanosPerSecond
        let panels = setup.legs.enumerated().map { index, leg in
            let closes = index == 0 ? setup.bars.map { $0.partitions.flatMap { $0.close.map { Double($0) / Double(Price.scale) } } } : nil
            let markers = r.fills.filter { $0.symbol == leg.symbol }
                .map { Tearsheet.PriceMarker(time: $0.time, price: $0.price.doubleValue, isBuy: $0.side == .buy) }
            return Tearsheet.PricePanel(symbol: leg.symbol, closes: closes ?? leg.prices(at: curve.times, frameNanos: frameNanos),
                                        markers: markers)
        }
        let closes = panels[0].closes
        let start = setup.deposit.doubleValue
        var benchmarks: [(name: String, values: [Double])] = [("Cash", Array(repeating: start, count: curve.count))]
        if setup.legs.count == 1, setup.instrument.quoteCurrency == setup.deposit.currency, let first = closes.first,
           closes.count == curve.count {
            let units = (Double(setup.parameters["quantity"] ?? "1") ?? 1) * setup.instrument.contractSize.doubleValue
            benchmarks.append(("Buy and hold", closes.map { start + units * ($0 - first) }))
        }
        let params = setup.parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        var subtitle = ["Strategy \(setup.strategyName): \(params)",
                        "\(setup.legs.map(\.symbol).joined(separator: ", ")) \(setup.timeframe.rawValue), \(r.bars) bars\(r.ticks > 0 ? ", \(r.ticks) ticks" : "") from \(curve.times.first.map { Timestamp(nanoseconds: $0).iso8601 } ?? "-") to \(curve.times.last.map { Timestamp(nanoseconds: $0).iso8601 } ?? "-")",
                        "Deposit \(setup.deposit.formatted()); costs: \(setup.costDescription); \(r.ticks > 0 ? "ticks fill at the next tick's bid or ask" : "fills at the next bar's open")"]
        if let start = setup.tradingStart {
            subtitle.append("Out of sample: trading starts \(start.iso8601), after the model's training data (earlier bars only warm it up)")
        }
        return Tearsheet(title: "Ballast backtest: \(setup.strategyName) on \(setup.legs.map(\.symbol).joined(separator: ", "))", subtitle: subtitle,
                         curve: curve, benchmarks: benchmarks, prices: panels, trades: r.tradeResults,
                         stats: outcome.stats)
    }

    /// Closed trades as CSV.
    static func tradesCSV(_ result: BacktestResult) -> String {
        var text = "symbol,side,quantity,entry_time,entry_price,exit_time,exit_price,profit,swap,commission,net_profit\n"
        for t in result.trades {
            text += "\(t.symbol),\(t.side.rawValue),\(t.quantity),\(t.entryTime.iso8601),\(t.entryPrice),\(t.exitTime.iso8601),"
            text += "\(t.exitPrice),\(plain(t.profit)),\(plain(t.swap)),\(plain(t.commission)),\(plain(t.netProfit))\n"
        }
        return text
    }

    /// An exact amount with two decimals and no currency code.
    private static func plain(_ money: Money) -> String { FixedDecimal.format(money.raw, decimals: Money.decimals, shown: 2) }
}
