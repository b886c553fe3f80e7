import BallastTestSupport
import Foundation
import Testing

/// `ballast features`, `ballast labels` and `ballast validate` on real EURUSD H1, and their
/// refusals of bad input.
@Suite struct ResearchToolsCLITests {
    @Test func featuresLabelsAndValidateWriteWhatTheySay() throws {
        try Scratch.with { scratch in
            #expect(try scratch.ballast("data", "import", TestData.path(TrainCLITests.data)).status == 0)
            let npy = scratch.root + "/features.npy"
            let features = try scratch.ballast("features", "--symbol", "EURUSD", "--timeframe", "H1", "--out", npy, "--json")
            #expect(features.status == 0, "\(features)")
            let summary = try #require(try JSONSerialization.jsonObject(with: features.stdout) as? [String: Any])
            let rows = try #require(summary["rows"] as? Int), columns = try #require(summary["columns"] as? [String])
            let bytes = try Data(contentsOf: URL(fileURLWithPath: npy))
            #expect(bytes.prefix(6) == Data([0x93] + Array("NUMPY".utf8)))
            #expect(bytes.count == 128 + rows * columns.count * 4, "a 128-byte header, then float32 values")

            let csv = scratch.root + "/labels.csv"
            let labels = try scratch.ballast("labels", "--symbol", "EURUSD", "--timeframe", "H1", "--max-bars", "12", "--out", csv, "--json")
            let counts = try #require(try JSONSerialization.jsonObject(with: labels.stdout) as? [String: Any])
            let events = try #require(counts["events"] as? Int)
            #expect(events > 6000 && (counts["profit_take"] as? Int ?? 0) + (counts["stop_loss"] as? Int ?? 0) + (counts["vertical"] as? Int ?? 0) == events)
            #expect(try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n").count == events + 1)

            // Four configurations of pure noise: PBO is a number in [0, 1] and the gate fails.
            var text = "time,a,b,c,d\n"
            var state: UInt64 = 42
            for row in 0..<200 {
                text += "\(row)"
                for _ in 0..<4 {
                    state = state &* 6364136223846793005 &+ 1442695040888963407
                    text += ",\(Double(Int64(bitPattern: state >> 11) % 2001 - 1000) / 100_000)"
                }
                text += "\n"
            }
            let returns = try scratch.write("returns.csv", Array(text.utf8))
            let validated = try scratch.ballast("validate", "--returns", returns, "--json")
            let verdict = try #require(try JSONSerialization.jsonObject(with: validated.stdout) as? [String: Any], "\(validated)")
            #expect((0...1).contains(verdict["pbo"] as? Double ?? -1) && verdict["trials"] as? Int == 4)
            #expect((verdict["gate"] as? [String: Any])?["passed"] as? Bool == false)
            let kinds = try scratch.ballast("runs", "--json").json([RunsCLITests.Run].self).map(\.kind)
            #expect(kinds == ["features", "labels", "validate"])
        }
    }

    @Test func badInputIsRefusedWithTheReason() throws {
        try Scratch.with { scratch in
            let ragged = try scratch.write("ragged.csv", Array("a,b\n0.1,0.2\n0.3\n".utf8))
            let result = try scratch.ballast("validate", "--returns", ragged)
            #expect(result.status == 64 && result.err.contains("ragged.csv:3: 1 fields"), "\(result)")
            let both = try scratch.ballast("validate")
            #expect(both.status == 64 && both.err.contains("exactly one of"), "\(both)")
            let unknown = try scratch.ballast("labels", "--symbol", "NOPE", "--timeframe", "H1")
            #expect(unknown.status != 0 && unknown.err.contains("NOPE"), "\(unknown)")
        }
    }
}
