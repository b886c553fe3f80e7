import BallastTestSupport
import Foundation
import Testing

/// Two `ballast` processes importing the same file into one home at the same time: the store's
/// lock serialises them, so one stores the rows, the other finds them stored, and the store
/// verifies clean.
@Suite(.enabled(if: TestData.isAvailable)) struct ConcurrentImportCLITests {
    @Test func twoProcessesImportTheSameFile() throws {
        try Scratch.with { scratch in
            let arguments = ["data", "import", "--json", "--tz", "UTC", TestData.path("mt5/XAUUSD_M15_20250102-20251027.csv.gz")]
            let results = Results()
            DispatchQueue.concurrentPerform(iterations: 2) { i in
                results.set(i, Result { try scratch.ballast(arguments) })
            }
            var statuses: [String] = []
            for result in results.all {
                let run = try result.get()
                #expect(run.status == 0, "\(run)")
                statuses += try run.json([ImportedFile].self).map(\.status)
            }
            #expect(statuses.sorted() == ["stored", "unchanged"])
            let verify = try scratch.ballast("data", "verify", "--json")
            #expect(verify.status == 0, "\(verify)")
            #expect(try verify.json([VerifiedSeries].self).map(\.rows) == [19418])
        }
    }

    /// Results written from `concurrentPerform`'s threads, one slot each.
    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Int: Result<CLIResult, any Error>] = [:]

        func set(_ i: Int, _ result: Result<CLIResult, any Error>) { lock.withLock { slots[i] = result } }

        var all: [Result<CLIResult, any Error>] { lock.withLock { slots.keys.sorted().compactMap { slots[$0] } } }
    }
}
