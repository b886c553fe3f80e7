import BallastCore
import BallastExecution
import Synchronization
import Testing

@Suite struct CallTimeoutTests {
    @Test func aCallThatAnswersInTimeReturnsItsResult() async throws {
        let timeout = CallTimeout(nanoseconds: 1_000, timer: SleeperTimer(HangingSleeper()))
        let value = try await timeout.run("submit") { () async throws(BrokerError) -> Int in 7 }
        #expect(value == 7)
    }

    @Test func aCallsOwnErrorPassesThrough() async {
        let timeout = CallTimeout(nanoseconds: 1_000, timer: SleeperTimer(HangingSleeper()))
        await #expect(throws: BrokerError(.rejected, "no money")) {
            try await timeout.run("submit") { () async throws(BrokerError) -> Int in throw BrokerError(.rejected, "no money") }
        }
    }

    @Test func aCallThatHangsBecomesAnOutcomeUnknownTimeout() async {
        let timeout = CallTimeout(nanoseconds: 5_000_000, timer: SleeperTimer(RecordingSleeper()))
        do {
            _ = try await timeout.run("submit") { () async throws(BrokerError) -> Int in
                do { try await Task.sleep(for: .seconds(600)) } catch { throw BrokerError(.disconnected, "cancelled") }
                return 1
            }
            Issue.record("expected a timeout")
        } catch {
            #expect(error.code == .timeout)
            #expect(error.outcomeUnknown)
            #expect(error.message == "submit did not answer within 5 ms")
        }
    }
}

@Suite struct DeadlineThreadTests {
    @Test func theSharedThreadTimesAHungCallOutAndLetsAPromptOneThrough() async throws {
        // A generous limit for the prompt call: a loaded test machine must not time it out.
        let prompt = try await CallTimeout(nanoseconds: 60_000_000_000).run("look up") { () async throws(BrokerError) -> Int in 3 }
        #expect(prompt == 3)
        let timeout = CallTimeout(nanoseconds: 20_000_000)
        await #expect(throws: BrokerError(.timeout, "submit did not answer within 20 ms")) {
            try await timeout.run("submit") { () async throws(BrokerError) -> Int in
                do { try await Task.sleep(for: .seconds(600)) } catch { throw BrokerError(.disconnected, "cancelled") }
                return 1
            }
        }
    }

    @Test func alarmsFireInDeadlineOrderWhateverTheOrderTheyWereArmedIn() async throws {
        let fired = Mutex<[Int]>([])
        let late = DeadlineThread.shared.arm(after: 60_000_000) { fired.withLock { $0.append(60) } }
        let early = DeadlineThread.shared.arm(after: 10_000_000) { fired.withLock { $0.append(10) } }
        let disarmed = DeadlineThread.shared.arm(after: 5_000_000) { fired.withLock { $0.append(5) } }
        #expect(disarmed.disarm() == false)
        try await Task.sleep(for: .milliseconds(200))
        #expect(fired.withLock { $0 } == [10, 60])
        #expect(early.disarm() && late.disarm())
    }
}
