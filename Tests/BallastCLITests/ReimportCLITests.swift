import BallastTestSupport
import Foundation
import Testing

/// Importing a file a second time changes nothing: every row is reported as already stored and
/// no file under the store is rewritten (same bytes, same modification time, same inode).
@Suite(.enabled(if: TestData.isAvailable)) struct ReimportCLITests {
    /// Bars over two yearly partitions, ticks, and a value series with missing observations.
    static let imports: [[String]] = [
        ["--tz", "UTC", TestData.path("mt5/EURUSD_M30_20200102-20210924.csv.gz")],
        [TestData.path("histdata/DAT_ASCII_EURUSD_T_202001_head9500.csv.gz"), TestData.path("fred/current/DGS10.csv")],
    ]

    @Test func reimportStoresNothingAndTouchesNoFile() throws {
        try Scratch.with { scratch in
            for arguments in Self.imports {
                let first = try scratch.ballast(["data", "import", "--json"] + arguments)
                #expect(first.status == 0, "\(first)")
                #expect(try first.json([ImportedFile].self).allSatisfy { $0.status == "stored" && $0.stored > 0 })
            }
            let before = try scratch.storeSnapshot()
            #expect(before.keys.contains { $0.hasSuffix("2020.bars") } && before.keys.contains { $0.hasSuffix("2021.bars") })
            for arguments in Self.imports {
                let again = try scratch.ballast(["data", "import", "--json"] + arguments)
                #expect(again.status == 0, "\(again)")
                for outcome in try again.json([ImportedFile].self) {
                    #expect(outcome.status == "unchanged" && outcome.stored == 0, "\(outcome.path)")
                    #expect(outcome.unchanged == outcome.valid && outcome.conflicts == 0, "\(outcome.path)")
                }
            }
            let after = try scratch.storeSnapshot()
            #expect(after.keys.sorted() == before.keys.sorted())
            for (path, state) in before {
                #expect(after[path] == state, "\(path) was rewritten")
            }
        }
    }
}
