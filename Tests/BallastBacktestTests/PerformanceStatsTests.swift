import BallastCore
import Foundation
import Testing
@testable import BallastBacktest

@Suite struct PerformanceStatsTests {
    /// Four daily points: 100 → 110 → 99 → 121.
    let curve = PerformanceCurve(times: (0..<4).map { Int64($0) * Timestamp.nanosPerDay }, values: [100, 110, 99, 121])

    @Test func drawdownIsMeasuredFromThePeak() {
        let drawdown = DrawdownProfile(curve)
        // 99 / 110 - 1 = -0.1, one day under water (day 1 peak to day 2).
        #expect(abs(drawdown.maxDrawdown - (-0.1)) < 1e-12)
        #expect(drawdown.underwater == [0, 0, 99.0 / 110 - 1, 0])
        #expect(drawdown.longestSeconds == 86_400)
    }

    @Test func returnsAndRatios() {
        let stats = PerformanceStats(curve: curve, trades: [])
        #expect(stats.netPnL == 21 && abs(stats.totalReturn - 0.21) < 1e-12)
        // Daily returns 0.1, -0.1, 121/99 - 1; sample standard deviation; 4 days over 3 days' span.
        let r = [0.1, -0.1, 121.0 / 99 - 1]
        let mean = r.reduce(0, +) / 3
        let sd = (r.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 2).squareRoot()
        let perYear = 4 / (3 / 365.25)
        #expect(abs(stats.sharpe - mean / sd * perYear.squareRoot()) < 1e-9)
        #expect(abs(stats.maxDrawdown - (-0.1)) < 1e-12)
    }

    @Test func tradeStatistics() {
        func trade(_ pnl: Double, hours: Int64) -> TradeResult {
            TradeResult(symbol: "EURUSD", direction: 1, quantity: 1, entryTime: Timestamp(seconds: 0),
                        exitTime: Timestamp(seconds: hours * 3600), entryPrice: 1, exitPrice: 1, pnl: pnl)
        }
        let stats = PerformanceStats(curve: curve, trades: [trade(30, hours: 2), trade(-10, hours: 4), trade(-5, hours: 6)])
        #expect(stats.trades == 3 && abs(stats.winRate - 1.0 / 3) < 1e-12)
        #expect(stats.profitFactor == 2 && stats.expectancy == 5 && stats.averageHoldingHours == 4)
        #expect(PerformanceStats(curve: curve, trades: [trade(1, hours: 1)]).profitFactor == nil)
    }

    @Test func monthlyReturnsCompound() {
        let jan = Timestamp(year: 2024, month: 1, day: 31).nanoseconds
        let feb = Timestamp(year: 2024, month: 2, day: 29).nanoseconds
        let monthly = MonthlyReturns(PerformanceCurve(times: [jan - 1, jan, feb], values: [100, 110, 121]))
        #expect(monthly.months.map(\.month) == [1, 2])
        #expect(abs(monthly.value(year: 2024, month: 1)! - 0.1) < 1e-12 && abs(monthly.value(year: 2024, month: 2)! - 0.1) < 1e-12)
    }

    @Test func tearsheetIsSelfContained() {
        let times = (0..<400).map { Int64($0) * Timestamp.nanosPerDay / 4 }
        let values = times.indices.map { 1000 + 50 * sin(Double($0) / 20) }
        let curve = PerformanceCurve(times: times, values: values)
        let trade = TradeResult(symbol: "EURUSD", direction: 1, quantity: 1, entryTime: Timestamp(seconds: 0),
                                exitTime: Timestamp(seconds: 3600), entryPrice: 1, exitPrice: 1.1, pnl: 10)
        let page = Tearsheet(title: "Test <run>", subtitle: ["sma-cross"], curve: curve,
                             benchmarks: [("Cash", Array(repeating: 1000, count: 400))],
                             prices: [.init(symbol: "EURUSD", closes: values,
                                            markers: [.init(time: Timestamp(nanoseconds: times[10]), price: values[10], isBuy: true)])],
                             trades: [trade, trade], stats: PerformanceStats(curve: curve, trades: [trade])).html()
        #expect(page.components(separatedBy: "<svg").count - 1 == 5)
        #expect(page.contains("Test &lt;run&gt;"))
        for external in ["<script", "<link", "src=", "href=", "url("] { #expect(!page.contains(external), "\(external)") }
    }
}
