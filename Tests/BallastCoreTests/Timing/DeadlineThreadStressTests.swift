import BallastCore
import Foundation
import Synchronization
import Testing

@Suite struct DeadlineThreadStressTests {
    final class Tally: Sendable {
        let early = Atomic<Int>(0)
        let fired = Atomic<Int>(0)
    }

    /// Thousands of alarms armed and disarmed from many tasks at once: none fires before its
    /// deadline, and every one left armed fires.
    @Test func noAlarmFiresEarlyUnderConcurrentArming() async throws {
        let tally = Tally()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for worker in 0..<8 {
                group.addTask {
                    for index in 0..<2_000 {
                        let delay: Int64 = index % 100 == 0 ? 20_000_000 : 2_000_000_000
                        let armedAt = DispatchTime.now().uptimeNanoseconds
                        let alarm = DeadlineThread.shared.arm(after: delay) {
                            if DispatchTime.now().uptimeNanoseconds < armedAt + UInt64(delay) { tally.early.add(1, ordering: .relaxed) }
                            tally.fired.add(1, ordering: .relaxed)
                        }
                        if index % 100 != 0 { alarm.disarm() }
                        if index % 500 == worker { await Task.yield() }
                    }
                }
            }
            try await group.waitForAll()
        }
        try await Task.sleep(for: .milliseconds(300))
        #expect(tally.early.load(ordering: .relaxed) == 0)
        #expect(tally.fired.load(ordering: .relaxed) == 160)
    }
}
