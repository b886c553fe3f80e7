import BallastBacktest
import BallastCore
import BallastData
import BallastEngine
import BallastRisk
import BallastTestSupport
import Testing

/// Several instruments in one run: bars reach the strategy merged by close time, and the run
/// trades each market with its own rules.
@Suite struct MultiSeriesTests {
    /// Records every bar it is shown and trades nothing.
    struct Recorder: Strategy {
        var seen: [(symbol: String, close: Timestamp, contextTime: Timestamp)] = []
        mutating func onBar(_ event: BarEvent, context: StrategyContext) -> [OrderIntent] {
            seen.append((event.symbol, event.closeTime, context.time))
            return []
        }
    }

    private func series(_ file: String, _ symbol: String, _ timeframe: Timeframe) throws -> BarSeries {
        let read = try MT5BarsReader().read(try ByteSource(path: TestData.path(file)), options: ReadOptions(zone: .utc))
        guard case .bars(let bars) = read.payload else { throw DataReadError(.malformed, file: file, "no bars") }
        return BarSeries(symbol: symbol, timeframe: timeframe, columns: bars)
    }

    @Test func barsOfSeveralInstrumentsArriveInCloseTimeOrder() throws {
        let catalog = try InstrumentCatalog.shipped()
        let xau = try #require(catalog.instrument("XAUUSD")), us30 = try #require(catalog.instrument("US30"))
        let gold = try series("mt5/XAUUSD_H4_20250102-20251027.csv.gz", "XAUUSD", .h4)
        let dow = try series("mt5/US30m_H1_20240101-20250908.csv.gz", "US30", .h1)
        let exchange = SimulatedExchange(markets: [MarketRules(instrument: xau, timeframe: .h4), MarketRules(instrument: us30, timeframe: .h1)],
                                         settings: ExchangeSettings(spreadConvention: .halfEachSide))
        let account = try Account(settings: AccountSettings(currency: "USD", deposit: Money("100000", currency: "USD")!),
                                  instruments: [xau, us30])
        var runner = try BacktestRunner(engine: Engine(strategy: Recorder(), risk: PreTradeLimits(),
                                                       context: StrategyContext(accountCurrency: "USD")),
                                        exchange: exchange, account: account)
        let result = try runner.run([gold, dow])
        let seen = runner.engine.strategy.seen
        #expect(result.bars == gold.count + dow.count && seen.count == result.bars)
        #expect(seen.filter { $0.symbol == "XAUUSD" }.count == gold.count)
        // Close times never go backwards, and the context's clock is the bar's close.
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.close <= $1.close })
        #expect(seen.allSatisfy { $0.close == $0.contextTime })
        #expect(result.equity.count == result.bars)
    }
}
