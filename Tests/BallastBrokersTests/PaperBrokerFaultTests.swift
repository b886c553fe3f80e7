import BallastBrokers
import BallastCore
import Testing

@Suite struct PaperBrokerFaultTests {
    typealias F = PaperFixtures

    static func broker(_ faults: FaultPlan) async throws -> PaperBroker {
        let broker = PaperBroker(faults: faults)
        try await broker.update(quote: F.quote("1.10000", "1.10020"))
        return broker
    }

    @Test func timeoutAfterPlacingLeavesTheOrderFindable() async throws {
        let broker = try await Self.broker(FaultPlan().scripting(.submit, [.timeoutAfterPlacing]))
        let error = await #expect(throws: BrokerError.self) { try await broker.submit(F.request("A", .buy, "1")) }
        #expect(error?.code == .timeout && error?.outcomeUnknown == true)
        _ = try await broker.submit(F.request("B", .buy, "1"))  // the script is used up: goes through
        let found = try await broker.order(ClientOrderID("A"), account: F.account)
        #expect(found?.status == .filled && found?.averagePrice == F.price("1.10020"))
        #expect(await broker.injected == [InjectedFault(call: .submit, fault: .timeoutAfterPlacing)])
    }

    @Test func failuresBeforeTheVenueLeaveNothingPlaced() async throws {
        let plan = FaultPlan().scripting(.submit, [.disconnect, .timeoutBeforePlacing, .rateLimit, .reject("market closed")])
        let broker = try await Self.broker(plan)
        var codes: [BrokerError.Code] = []
        for _ in 0..<3 {
            do { _ = try await broker.submit(F.request("A", .buy, "1")) } catch { codes.append(error.code) }
        }
        #expect(codes == [.disconnected, .timeout, .rateLimited])
        #expect(try await broker.order(ClientOrderID("A"), account: F.account) == nil)
        let rejected = try await broker.submit(F.request("A", .buy, "1"))
        #expect(rejected.status == .rejected && rejected.reason == "market closed")
        #expect(try await broker.fills(account: F.account, after: 0).isEmpty)
    }

    @Test func partialFillFaultLeavesTheRestWorking() async throws {
        let broker = try await Self.broker(FaultPlan().scripting(.submit, [.partialFill(F.lots("0.4"))]))
        let order = try await broker.submit(F.request("P", .buy, "1"))
        #expect(order.status == .partiallyFilled && order.filledQuantity == F.lots("0.4"))
        try await broker.update(quote: F.quote("1.10010", "1.10030", second: 1))
        #expect(try await broker.fills(account: F.account, after: 1).map(\.quantity) == [F.lots("0.6")])
    }

    @Test func faultsHitOnlyTheirCallKindAndLatencyIsInjected() async throws {
        let waits = WaitLog()
        let plan = FaultPlan().scripting(.fills, [.disconnect]).scripting(.lookup, [.latency(.milliseconds(7))])
        let broker = PaperBroker(faults: plan, latency: .milliseconds(1), delay: { await waits.record($0) })
        try await broker.update(quote: F.quote("1.10000", "1.10020"))
        _ = try await broker.submit(F.request("A", .buy, "1"))
        await #expect(throws: BrokerError(.disconnected, "paper venue: link dropped (injected) on fills")) {
            try await broker.fills(account: F.account, after: 0)
        }
        #expect(try await broker.positions(account: F.account).count == 1)
        #expect(await waits.durations == [.milliseconds(1), .milliseconds(1), .milliseconds(8)])
    }

    /// One broker's outcomes under random faults: per call, the status or the error code.
    static func session(seed: UInt64) async throws -> ([String], [InjectedFault]) {
        let plan = FaultPlan(seed: seed)
            .adding(.init(.submit, .disconnect, probability: 0.15))
            .adding(.init(.submit, .timeoutAfterPlacing, probability: 0.15))
            .adding(.init(.submit, .reject("no money"), probability: 0.1))
            .adding(.init(.fills, .timeoutBeforePlacing, probability: 0.3))
        let broker = try await broker(plan)
        var outcomes: [String] = []
        for n in 0..<60 {
            do { outcomes.append(try await broker.submit(F.request("O\(n)", .buy, "1")).status.rawValue) } catch {
                outcomes.append(error.code.rawValue)
            }
            if n % 3 == 0 { _ = try? await broker.fills(account: F.account, after: 0) }
        }
        return (outcomes, await broker.injected)
    }

    @Test func seededFaultsAreReproducible() async throws {
        let (first, firstFaults) = try await Self.session(seed: 42)
        let (second, secondFaults) = try await Self.session(seed: 42)
        #expect(first == second && firstFaults == secondFaults)
        let kinds = Set(first)
        #expect(kinds.isSuperset(of: ["filled", "disconnected", "timeout", "rejected"]))
        let (other, _) = try await Self.session(seed: 43)
        #expect(other != first)
    }
}

/// Records the latencies a broker waited for, instead of sleeping.
actor WaitLog {
    private(set) var durations: [Duration] = []
    func record(_ duration: Duration) { durations.append(duration) }
}
