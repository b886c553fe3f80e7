import Foundation
import Testing

/// `ballast demo`: the synthetic sample's planted flaws come back as findings.
@Suite struct DemoCLITests {
    static let plantedFindings = ["duplicate", "outOfOrder", "ohlcInconsistent", "spike", "staleRun",
                                  "missingData", "expectedClosure"]

    @Test func demoReportNamesEveryPlantedFlaw() throws {
        try Scratch.with { scratch in
            let result = try scratch.ballast("demo")
            #expect(result.status == 0, "\(result)")
            #expect(result.out.contains("SYNTHETIC"))
            for kind in Self.plantedFindings {
                #expect(result.out.contains(kind), "the demo report does not name \(kind)")
            }
            #expect(!result.err.contains("\r"), "progress output on a pipe")
        }
    }

    @Test func demoJSONParsesAndListsTheFindings() throws {
        try Scratch.with { scratch in
            let result = try scratch.ballast("demo", "--json")
            #expect(result.status == 0, "\(result)")
            let outcomes = try result.json([ImportedFile].self)
            try #require(outcomes.count == 1)
            let demo = outcomes[0]
            #expect(demo.status == "stored")
            #expect(demo.path.contains("SYNTHETIC"))
            #expect(demo.symbol == "EURUSD" && demo.timeframe == "M5")
            #expect(Set(demo.findings.map(\.kind)) == Set(Self.plantedFindings))
            #expect(demo.stored == demo.valid && demo.valid == demo.rows - 1, "one exact duplicate is dropped")
        }
    }

    /// Running the demo twice starts from a fresh demo store, so it reports the same thing.
    @Test func demoRunsTwiceTheSame() throws {
        try Scratch.with { scratch in
            let first = try scratch.ballast("demo", "--json")
            let second = try scratch.ballast("demo", "--json")
            #expect(first.status == 0 && second.status == 0, "\(second)")
            #expect(first.stdout == second.stdout)
        }
    }
}
