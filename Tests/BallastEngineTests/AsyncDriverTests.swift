import BallastCore
import BallastEngine
import BallastRisk
import Testing

@Suite struct AsyncDriverTests {
    typealias F = Fixture

    /// A scripted session: bars, an order, its fills, a bracket exit, status updates.
    static let events: [EngineEvent] = {
        var events: [EngineEvent] = (0..<150).map { .bar(F.bar($0, String(format: "1.%04d", 1000 + ($0 * 7919) % 97))) }
        events.insert(.fill(F.fill("S-1", .sell, 100_000, at: "1.1", F.time(131))), at: 132)
        return events
    }()

    static func strategy() -> SMACross { SMACross(fast: 3, slow: 10, quantity: Quantity(100_000)) }

    @Test func asyncLoopGivesTheSameActionsAsTheSyncLoop() async {
        var sync = F.engine(Self.strategy())
        let expected = sync.run(Self.events)
        #expect(!expected.isEmpty)

        let (stream, continuation) = AsyncStream.makeStream(of: EngineEvent.self, bufferingPolicy: .bufferingOldest(256))
        for event in Self.events { continuation.yield(event) }
        continuation.finish()

        var live = F.engine(Self.strategy())
        var actions: [EngineAction] = []
        await live.run(stream) { actions += $0 }
        #expect(actions == expected)
        #expect(live.orders == sync.orders)
        #expect(live.context.position("EURUSD") == sync.context.position("EURUSD"))
    }
}
