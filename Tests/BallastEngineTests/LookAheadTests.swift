import BallastCore
import BallastEngine
import Testing

/// A strategy that writes down, at every hook, the clock and the newest bar it can see.
struct PeekingStrategy: Strategy {
    struct Sighting: Equatable {
        var hook: String
        var time: Timestamp
        /// Close time of the newest bar in the history, nil before any closed.
        var newestClose: Timestamp?
        /// Close time of every bar the history holds.
        var closes: [Timestamp]
    }

    var sightings: [Sighting] = []
    var barCloses: [Timestamp] = []

    mutating func look(_ hook: String, _ context: StrategyContext) {
        let history = context.history("EURUSD", .m1)
        let closes = (0..<(history?.count ?? 0)).compactMap { history?[back: $0] }.map { $0.time + 60 * Timestamp.nanosPerSecond }
        sightings.append(Sighting(hook: hook, time: context.time, newestClose: closes.first, closes: closes))
    }

    mutating func onBar(_ event: BarEvent, context: StrategyContext) -> [OrderIntent] {
        barCloses.append(event.closeTime)
        look("bar", context)
        return barCloses.count == 1 ? [OrderIntent(symbol: "EURUSD", side: .buy, quantity: Quantity(1))] : []
    }

    mutating func onTick(_ event: TickEvent, context: StrategyContext) -> [OrderIntent] {
        look("tick", context)
        return []
    }

    mutating func onFill(_ fill: Fill, context: StrategyContext) -> [OrderIntent] {
        look("fill", context)
        return []
    }

    mutating func onTimer(_ time: Timestamp, context: StrategyContext) -> [OrderIntent] {
        look("timer", context)
        return []
    }
}

@Suite struct LookAheadTests {
    typealias F = Fixture

    /// Ticks inside a bar, the bar's close, a fill at the next open, a timer: at every hook the
    /// strategy sees only bars that closed at or before the clock, and the bar event it gets
    /// closed exactly at the clock.
    @Test func aStrategyNeverSeesABarBeforeItsClose() {
        var engine = F.engine(PeekingStrategy())
        var events: [EngineEvent] = []
        for minute in 0..<5 {
            for second: Int64 in [0, 20, 59] {
                let t = F.time(minute, seconds: second)
                events.append(.tick(TickEvent(symbol: "EURUSD", tick: Tick(time: t, bid: Price("1.1")!, ask: Price("1.1001")!))))
            }
            events.append(.bar(F.bar(minute)))
            if minute == 0 { events.append(.fill(F.fill("S-1", .buy, 1, at: "1.1", F.time(1)))) }
            events.append(.timer(F.time(minute + 1)))
        }
        for event in events { _ = engine.handle(event) }

        let sightings = engine.strategy.sightings
        #expect(sightings.count == 3 * 5 + 5 + 1 + 5)
        for sighting in sightings {
            #expect(sighting.closes.allSatisfy { $0 <= sighting.time }, "\(sighting.hook) at \(sighting.time) sees \(sighting.closes)")
        }
        #expect(engine.anomalies.isEmpty)
        // The bar received is never newer than the clock, and it is the newest bar in the history.
        let barSightings = sightings.filter { $0.hook == "bar" }
        #expect(barSightings.map(\.time) == engine.strategy.barCloses)
        #expect(barSightings.map(\.newestClose) == engine.strategy.barCloses.map { Optional($0) })
        // A tick inside minute 2 (before its bar closes) sees minute 1's bar as the newest.
        let tick = sightings.first { $0.hook == "tick" && $0.time == F.time(2, seconds: 20) }
        #expect(tick?.newestClose == F.time(2))
    }

    /// A bar delivered early (its close after the clock of later events) still moves the clock to
    /// its close first, and the history holds nothing that closes after the clock.
    @Test func theClockNeverRunsBehindTheHistory() {
        var engine = F.engine(PeekingStrategy())
        _ = engine.handle(.bar(F.bar(10)))
        _ = engine.handle(.tick(TickEvent(symbol: "EURUSD", tick: Tick(time: F.time(5)))))  // older than the bar's close
        #expect(engine.context.time == F.time(11))
        let sightings = engine.strategy.sightings
        #expect(sightings.allSatisfy { sighting in sighting.closes.allSatisfy { $0 <= sighting.time } })
    }
}
