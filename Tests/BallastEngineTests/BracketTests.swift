import BallastCore
import BallastEngine
import Testing

@Suite struct BracketTests {
    typealias F = Fixture
    static let bracket = Bracket(stopLoss: Price("1.09")!, takeProfit: Price("1.12")!)

    private func exit(_ id: String, _ type: OrderType, _ units: Int64, tag: String, at time: Timestamp) -> Order {
        let intent = OrderIntent(symbol: "EURUSD", side: .sell, quantity: Quantity(units), type: type, timeInForce: .gtc,
                                 ocoGroup: "S-1/bracket", tag: tag)
        return F.submitted(id, intent, at: time, parent: "S-1")
    }

    @Test func entryFillPlacesLinkedExitsAndOneExitCancelsTheOther() {
        let entry = F.buy(1000, bracket: Self.bracket)
        var engine = F.engine(ScriptedStrategy(barIntents: [[entry]]))
        #expect(engine.handle(.bar(F.bar(0))) == [.submit(F.submitted("S-1", entry, at: F.time(1)))])

        let filled = F.time(1, seconds: 1)
        let exits = engine.handle(.fill(F.fill("S-1", .buy, 1000, at: "1.1", filled)))
        #expect(exits == [.submit(exit("S-2", .stop(Price("1.09")!), 1000, tag: "stop-loss", at: filled)),
                          .submit(exit("S-3", .limit(Price("1.12")!), 1000, tag: "take-profit", at: filled))])
        #expect(engine.book.exits[ClientOrderID("S-1")] == [ClientOrderID("S-2"), ClientOrderID("S-3")])
        #expect(engine.context.workingOrders("EURUSD").map(\.id) == [ClientOrderID("S-2"), ClientOrderID("S-3")])

        // The take-profit fills: the stop-loss is cancelled, once.
        let later = F.time(30)
        #expect(engine.handle(.fill(F.fill("S-3", .sell, 1000, at: "1.12", later))) == [.cancel(ClientOrderID("S-2"))])
        #expect(engine.context.position("EURUSD") == .zero)
        _ = engine.handle(.orderUpdate(OrderUpdate(id: ClientOrderID("S-2"), transition: .cancel, time: later)))
        #expect(engine.orders[ClientOrderID("S-2")]?.status == .cancelled)
        #expect(engine.context.workingOrders("EURUSD").isEmpty)
        #expect(engine.anomalies.isEmpty)
    }

    @Test func partialEntryFillsGrowTheExits() {
        let entry = F.buy(1000, bracket: Bracket(stopLoss: Price("1.09")!))
        var engine = F.engine(ScriptedStrategy(barIntents: [[entry]]))
        _ = engine.handle(.bar(F.bar(0)))
        let first = F.time(1, seconds: 1)
        let stop = OrderIntent(symbol: "EURUSD", side: .sell, quantity: Quantity(400), type: .stop(Price("1.09")!), tag: "stop-loss")
        #expect(engine.handle(.fill(F.fill("S-1", .buy, 400, at: "1.1", first))) ==
                [.submit(F.submitted("S-2", stop, at: first, parent: "S-1"))])
        #expect(engine.handle(.fill(F.fill("S-1", .buy, 600, at: "1.1", first))) ==
                [.modify(ClientOrderID("S-2"), OrderModification(quantity: Quantity(1000)))])
    }

    @Test func ocoOrdersCancelTheirSiblingsAndShrinkThemOnPartialFills() {
        let up = F.buy(1000, .stop(Price("1.11")!), oco: "range"), down = F.sell(1000, .stop(Price("1.09")!), oco: "range")
        var engine = F.engine(ScriptedStrategy(barIntents: [[up, down]]))
        _ = engine.handle(.bar(F.bar(0)))
        let t = F.time(3)
        #expect(engine.handle(.fill(F.fill("S-1", .buy, 300, at: "1.11", t))) ==
                [.modify(ClientOrderID("S-2"), OrderModification(quantity: Quantity(700)))])
        #expect(engine.handle(.fill(F.fill("S-1", .buy, 700, at: "1.11", t))) == [.cancel(ClientOrderID("S-2"))])
        #expect(engine.book.siblings(of: engine.orders[ClientOrderID("S-1")]!).map(\.id) == [ClientOrderID("S-2")])
    }
}
