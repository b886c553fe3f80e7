import BallastCore
import BallastEngine
import BallastRisk
import Testing

@Suite struct EngineKernelTests {
    typealias F = Fixture

    @Test func aBarWithAnIntentSubmitsAnOrder() {
        var engine = F.engine(ScriptedStrategy(barIntents: [[], [F.buy(1000)]]))
        #expect(engine.handle(.bar(F.bar(0))) == [])
        let closed = F.time(2)
        #expect(engine.handle(.bar(F.bar(1))) == [.submit(F.submitted("S-1", F.buy(1000), at: closed))])
        #expect(engine.context.time == closed)
        #expect(engine.orders[ClientOrderID("S-1")]?.status == .submitted)
        #expect(engine.context.workingOrders("EURUSD").map(\.id) == [ClientOrderID("S-1")])
    }

    @Test func idsFollowThePrefixAndSequence() {
        var engine = Engine(strategy: ScriptedStrategy(barIntents: [[F.buy(1), F.sell(2)], [F.buy(3)]]), risk: PreTradeLimits(),
                            context: StrategyContext(accountCurrency: "USD"), idPrefix: "trend")
        let ids = (engine.handle(.bar(F.bar(0))) + engine.handle(.bar(F.bar(1)))).compactMap { action -> String? in
            if case .submit(let order) = action { return order.id.rawValue }
            return nil
        }
        #expect(ids == ["trend-1", "trend-2", "trend-3"])
    }

    @Test func riskRejectionsAreRecordedAndNeverBecomeOrders() {
        let risk = PreTradeLimits(maxOrderQuantity: Quantity(500))
        var engine = F.engine(ScriptedStrategy(barIntents: [[F.buy(1000), F.buy(400)]]), risk: risk)
        let actions = engine.handle(.bar(F.bar(0)))
        #expect(actions == [.submit(F.submitted("S-1", F.buy(400), at: F.time(1)))])
        #expect(engine.rejections.count == 1)
        #expect(engine.rejections.first?.rule == "maxOrderQuantity")
        #expect(engine.rejections.first?.intent == F.buy(1000))
        #expect(engine.rejections.first?.time == F.time(1))
        #expect(engine.orders.count == 1)
    }

    @Test func nonPositiveQuantitiesAreRejectedByTheEngine() {
        var engine = F.engine(ScriptedStrategy(barIntents: [[F.buy(0)]]))
        #expect(engine.handle(.bar(F.bar(0))) == [])
        #expect(engine.rejections.map(\.rule) == ["engine.quantity"])
    }

    @Test func fillsUpdatePositionsAndWorkingOrders() {
        var engine = F.engine(ScriptedStrategy(barIntents: [[F.buy(1000)], [F.sell(3000)]]))
        _ = engine.handle(.bar(F.bar(0)))
        #expect(engine.handle(.fill(F.fill("S-1", .buy, 400, at: "1.1001", F.time(1, seconds: 1)))) == [])
        #expect(engine.context.position("EURUSD") == Quantity(400))
        #expect(engine.orders[ClientOrderID("S-1")]?.status == .partiallyFilled)
        #expect(engine.context.workingOrders("EURUSD").first?.filledQuantity == Quantity(400))
        #expect(engine.handle(.fill(F.fill("S-1", .buy, 600, at: "1.1004", F.time(1, seconds: 2)))) == [])
        #expect(engine.context.position("EURUSD") == Quantity(1000))
        #expect(engine.orders[ClientOrderID("S-1")]?.averagePrice == Price("1.10028")!)
        #expect(engine.context.workingOrders("EURUSD").isEmpty)
        #expect(engine.strategy.fills.count == 2)

        _ = engine.handle(.bar(F.bar(1)))
        _ = engine.handle(.fill(F.fill("S-2", .sell, 3000, at: "1.1", F.time(2, seconds: 1))))
        #expect(engine.context.position("EURUSD") == Quantity(-2000))
        #expect(engine.context.positions == ["EURUSD": Quantity(-2000)])
        #expect(engine.anomalies.isEmpty)
    }

    @Test func badFillsAreIgnoredAndRecorded() {
        var engine = F.engine(ScriptedStrategy(barIntents: [[F.buy(1000)]]))
        _ = engine.handle(.bar(F.bar(0)))
        let t = F.time(1, seconds: 1)
        #expect(engine.handle(.fill(F.fill("S-9", .buy, 1000, at: "1.1", t))) == [])   // never created
        #expect(engine.handle(.fill(F.fill("X-1", .buy, 1000, at: "1.1", t))) == [])   // another prefix
        #expect(engine.handle(.fill(F.fill("S-1", .sell, 1000, at: "1.1", t))) == [])  // wrong side
        #expect(engine.handle(.fill(F.fill("S-1", .buy, 1001, at: "1.1", t))) == [])   // more than ordered
        #expect(engine.handle(.fill(F.fill("S-1", .buy, 1000, at: "1.1", t))) == [])
        #expect(engine.handle(.fill(F.fill("S-1", .buy, 1, at: "1.1", t))) == [])      // already filled
        #expect(engine.anomalies.map(\.kind) == [.unknownOrder, .unknownOrder, .mismatchedFill, .illegalFill, .illegalFill])
        #expect(engine.context.position("EURUSD") == Quantity(1000))
        #expect(engine.strategy.fills.count == 1)
    }

    @Test func illegalTransitionsAreIgnored() {
        var engine = F.engine(ScriptedStrategy(barIntents: [[F.buy(1000)]]))
        _ = engine.handle(.bar(F.bar(0)))
        let id = ClientOrderID("S-1"), t = F.time(1, seconds: 1)
        #expect(engine.handle(.orderUpdate(OrderUpdate(id: id, transition: .accept, time: t))) == [])
        #expect(engine.handle(.orderUpdate(OrderUpdate(id: id, transition: .accept, time: t))) == [])  // accepted twice
        #expect(engine.handle(.orderUpdate(OrderUpdate(id: id, transition: .submit, time: t))) == [])
        #expect(engine.handle(.orderUpdate(OrderUpdate(id: id, transition: .fill, time: t))) == [])    // fills carry quantities
        #expect(engine.orders[id]?.status == .accepted)
        #expect(engine.handle(.orderUpdate(OrderUpdate(id: id, transition: .cancel, time: t, reason: "user"))) == [])
        #expect(engine.orders[id]?.status == .cancelled)
        #expect(engine.handle(.orderUpdate(OrderUpdate(id: id, transition: .accept, time: t))) == [])  // terminal
        #expect(engine.orders[id]?.status == .cancelled)
        #expect(engine.anomalies.map(\.kind) == [.illegalTransition, .illegalTransition, .illegalTransition, .illegalTransition])
        #expect(engine.strategy.updates.map(\.transition) == [.accept, .cancel])
        #expect(engine.context.workingOrders("EURUSD").isEmpty)
    }

    @Test func staleBarsAreNotDelivered() {
        var engine = F.engine(ScriptedStrategy())
        _ = engine.handle(.bar(F.bar(5)))
        _ = engine.handle(.bar(F.bar(5)))
        _ = engine.handle(.bar(F.bar(3)))
        #expect(engine.strategy.bars == 1)
        #expect(engine.anomalies.map(\.kind) == [.staleBar, .staleBar])
        #expect(engine.context.history("EURUSD", .m1)?.count == 1)
    }

    @Test func strategiesThatKeepNoBarsHaveNoneRecorded() {
        // The context keeps 512 bars per series, but SMACross declares a history length of 0.
        var engine = F.engine(SMACross(fast: 2, slow: 3, quantity: Quantity(1)))
        _ = engine.handle(.bar(F.bar(5)))
        _ = engine.handle(.bar(F.bar(6)))
        #expect(engine.context.history("EURUSD", .m1) == nil)
        #expect(engine.context.time == F.bar(6).closeTime)
    }

    @Test func strategiesCancelAndModifyTheirOrders() {
        let limit = F.buy(1000, .limit(Price("1.09")!))
        let modification = OrderModification(quantity: Quantity(2000), type: .limit(Price("1.08")!))
        var engine = F.engine(ScriptedStrategy(
            barIntents: [[limit, F.buy(5, .stop(Price("1.2")!))]],
            barCommands: [[], [.modify(ClientOrderID("S-1"), modification), .cancel(ClientOrderID("S-2"))],
                          [.cancel(ClientOrderID("S-2")), .cancel(ClientOrderID("S-7")),
                           .modify(ClientOrderID("S-1"), OrderModification(type: .market))]]))
        _ = engine.handle(.bar(F.bar(0)))
        _ = engine.handle(.orderUpdate(OrderUpdate(id: ClientOrderID("S-1"), transition: .accept, time: F.time(1))))
        #expect(engine.handle(.bar(F.bar(1))) == [.modify(ClientOrderID("S-1"), modification), .cancel(ClientOrderID("S-2"))])
        // A second cancel of S-2 is not sent again; S-7 does not exist; a limit cannot become a market order.
        #expect(engine.handle(.bar(F.bar(2))) == [])
        #expect(engine.anomalies.map(\.kind) == [.unknownOrder, .invalidModification])
        _ = engine.handle(.orderUpdate(OrderUpdate(id: ClientOrderID("S-1"), transition: .modify, time: F.time(3))))
        #expect(engine.orders[ClientOrderID("S-1")]?.intent.quantity == Quantity(2000))
        #expect(engine.orders[ClientOrderID("S-1")]?.intent.type == .limit(Price("1.08")!))
        #expect(engine.context.workingOrders("EURUSD").first?.intent.quantity == Quantity(2000))
    }
}
