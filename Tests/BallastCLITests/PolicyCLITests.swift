import Foundation
import Testing

/// Validation policies from `--policy` and from `<home>/ballast.yaml`.
@Suite struct PolicyCLITests {
    @Test func policyFlagTurnsARejectionIntoADrop() throws {
        try Scratch.with { scratch in
            let file = try scratch.write("XAUUSD_H4_conflict.csv", try Samples.mt5ConflictingDuplicate())
            let result = try scratch.ballast("data", "import", file, "--tz", "UTC", "--policy", "conflictingDuplicate=drop", "--json")
            #expect(result.status == 0, "\(result)")
            let outcome = try result.json([ImportedFile].self).first
            #expect(outcome?.status == "stored" && outcome?.findings.contains { $0.kind == "conflictingDuplicate" && $0.action == "drop" } == true)
        }
    }

    @Test func configurationFileSetsThePolicy() throws {
        try Scratch.with { scratch in
            let file = try scratch.write("XAUUSD_H4_conflict.csv", try Samples.mt5ConflictingDuplicate())
            try FileManager.default.createDirectory(atPath: scratch.home, withIntermediateDirectories: true)
            try scratch.write("home/ballast.yaml", Array("data:\n  validation:\n    actions: {conflictingDuplicate: drop}\n".utf8))
            let result = try scratch.ballast("data", "import", file, "--tz", "UTC")
            #expect(result.status == 0, "\(result)")
        }
    }

    @Test func badPolicyIsAUsageErrorAndBadConfigAConfigurationError() throws {
        try Scratch.with { scratch in
            let file = try scratch.write("XAUUSD_H4_conflict.csv", try Samples.mt5ConflictingDuplicate())
            let flag = try scratch.ballast("data", "import", file, "--tz", "UTC", "--policy", "spikes=drop")
            #expect(flag.status == 64 && flag.err.contains("--policy takes KIND=ACTION"), "\(flag)")
            try FileManager.default.createDirectory(atPath: scratch.home, withIntermediateDirectories: true)
            try scratch.write("home/ballast.yaml", Array("data:\n  on_conflict: sometimes\n".utf8))
            let config = try scratch.ballast("data", "import", file, "--tz", "UTC")
            #expect(config.status == 5 && config.err.contains("ballast.yaml:2") && config.err.contains("data.on_conflict"), "\(config)")
            #expect(try scratch.storedSeries().isEmpty)
        }
    }
}
