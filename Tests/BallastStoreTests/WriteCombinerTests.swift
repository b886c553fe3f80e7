@testable import BallastStore
import Foundation
import Testing

@Suite struct WriteCombinerTests {
    /// Records the batches a combiner writes; the first batch waits until released, so the
    /// test can queue callers behind it.
    actor Batches {
        private(set) var written: [[Int]] = []
        private var gate: CheckedContinuation<Void, Never>?
        private var holdFirst = true

        func write(_ batch: [Int]) async -> [Result<String, StoreError>] {
            written.append(batch)
            if holdFirst {
                holdFirst = false
                await withCheckedContinuation { gate = $0 }
            }
            return batch.map { $0 < 0 ? .failure(StoreError(.constraint, "refused \($0)")) : .success("answer \($0)") }
        }

        func release() {
            gate?.resume()
            gate = nil
        }

        var isHolding: Bool { gate != nil }
    }

    @Test func aLoneWriteIsWrittenAlone() async throws {
        let combiner = WriteCombiner<Int, String>(capacity: 4)
        let batches = Batches()
        let writer = Task { try await combiner.write(7) { await batches.write($0) } }
        while await !batches.isHolding { await Task.yield() }
        await batches.release()
        #expect(try await writer.value == "answer 7")
        #expect(await batches.written == [[7]])
    }

    @Test func writesQueuedBehindOneInFlightAreWrittenTogetherWithTheirOwnAnswers() async throws {
        let combiner = WriteCombiner<Int, String>(capacity: 4)
        let batches = Batches()
        let first = Task { try await combiner.write(0) { await batches.write($0) } }
        while await !batches.isHolding { await Task.yield() }
        let queued = (1...6).map { value in
            Task { () -> Result<String, StoreError> in
                do throws(StoreError) { return .success(try await combiner.write(value == 3 ? -3 : value) { await batches.write($0) }) } catch {
                    return .failure(error)
                }
            }
        }
        // Every caller has queued once six requests wait behind the first.
        while combiner.waitingCount < 6 { await Task.yield() }
        await batches.release()
        #expect(try await first.value == "answer 0")
        var answers: [Result<String, StoreError>] = []
        for task in queued { answers.append(await task.value) }
        for (index, answer) in answers.enumerated() where index != 2 { #expect((try? answer.get()) == "answer \(index + 1)") }
        #expect(throws: StoreError.self) { try answers[2].get() }
        let written = await batches.written
        #expect(written.first == [0])
        #expect(written.dropFirst().map(\.count) == [4, 2], "the queue is written in batches of at most the capacity")
        #expect(Set(written.dropFirst().flatMap { $0 }) == [1, 2, -3, 4, 5, 6])
    }
}
