import BallastCore
import BallastEngine
import BallastExecution
import Testing

/// How a session carries out what the engine asks besides market orders: a resting limit is
/// accepted, a modification is refused (the router cannot modify), a cancel reaches the venue
/// and the engine hears the order was cancelled.
@Suite struct LiveSessionCommandTests {
    /// Bar 1: a buy limit far below the market; bar 2: modify it; bar 3: cancel it.
    struct Commands: Strategy {
        var bars = 0
        var commands: [OrderCommand] = []

        mutating func onBar(_ event: BarEvent, context: StrategyContext) -> [OrderIntent] {
            bars += 1
            let working = context.workingOrders(event.symbol).first?.id
            if bars == 2, let working { commands = [.modify(working, OrderModification(quantity: Quantity(2)))] }
            if bars == 3, let working { commands = [.cancel(working)] }
            guard bars == 1 else { return [] }
            return [OrderIntent(symbol: event.symbol, side: .buy, quantity: Quantity(1), type: .limit(Price("0.5")!))]
        }

        mutating func orderCommands(context: StrategyContext) -> [OrderCommand] {
            defer { commands = [] }
            return commands
        }
    }

    @Test func aLimitRestsAModifyIsRefusedAndACancelReachesTheEngine() async throws {
        let start = Timestamp(year: 2024, month: 1, day: 3, hour: 10)
        let bars = (0..<5).map { i in
            Bar(time: start + Int64(i) * 60 * Timestamp.nanosPerSecond, open: Price("1.1")!, high: Price("1.1002")!,
                low: Price("1.0998")!, close: Price("1.1001")!)
        }
        let replay = BarReplay(symbol: "EURUSD", timeframe: .m1, bars: bars, point: LivePaper.instrument.point) { _ in 10 }
        let paper = try await LivePaper.make()
        var session = paper.session(Commands(), replay: replay)
        try await session.run(replay.stream)

        let order = try #require(session.engine.book.all.first)
        #expect(order.status == .cancelled)
        #expect(order.intent.quantity == Quantity(1))
        #expect(session.report.anomalies.map(\.kind) == [.modifyUnsupported])
        #expect(session.report.sent.map(\.status) == [.accepted])
        #expect(session.report.fills.isEmpty)
        let stored = try await paper.store.order(session.report.sent[0].id)
        #expect(stored?.status == .cancelled)
        #expect(session.engine.anomalies.isEmpty)
    }
}
