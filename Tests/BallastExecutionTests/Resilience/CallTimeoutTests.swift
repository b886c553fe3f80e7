import BallastCore
import BallastExecution
import Testing

@Suite struct CallTimeoutTests {
    @Test func aCallThatAnswersInTimeReturnsItsResult() async throws {
        let timeout = CallTimeout(nanoseconds: 1_000, sleeper: HangingSleeper())
        let value = try await timeout.run("submit") { () async throws(BrokerError) -> Int in 7 }
        #expect(value == 7)
    }

    @Test func aCallsOwnErrorPassesThrough() async {
        let timeout = CallTimeout(nanoseconds: 1_000, sleeper: HangingSleeper())
        await #expect(throws: BrokerError(.rejected, "no money")) {
            try await timeout.run("submit") { () async throws(BrokerError) -> Int in throw BrokerError(.rejected, "no money") }
        }
    }

    @Test func aCallThatHangsBecomesAnOutcomeUnknownTimeout() async {
        let timeout = CallTimeout(nanoseconds: 5_000_000, sleeper: RecordingSleeper())
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
