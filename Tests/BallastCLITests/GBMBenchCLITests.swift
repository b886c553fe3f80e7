import BallastCore
import Foundation
import Testing

/// `ballast-bench gbm` on a small `.npy` the test writes (debug build; figures are checked for
/// sense, not speed).
@Suite struct GBMBenchCLITests {
    struct Output: Decodable {
        var rows: Int, train_rows: Int, features: Int, rounds: Int, threads: Int
        var train_seconds: Double, predict_seconds: Double, train_cpu_seconds: Double
        var auc_train: Double, auc_test: Double, logloss_test: Double
    }

    /// A float32 C-order `.npy` of `rows × 4`: three features and a label that is 1 when
    /// x0 + x1 > 0 (x2 is noise).
    static func matrix(rows: Int) -> [UInt8] {
        var random = SplitMix64(seed: 5)
        var values: [Float] = []
        for _ in 0..<rows {
            let x0 = Float(random.nextGaussian()), x1 = Float(random.nextGaussian()), x2 = Float(random.nextGaussian())
            values += [x0, x1, x2, x0 + x1 > 0 ? 1 : 0]
        }
        let dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (\(rows), 4), }"
        let padded = (10 + dict.utf8.count + 1 + 63) / 64 * 64 - 10
        let header = Array(dict.utf8) + [UInt8](repeating: 0x20, count: padded - dict.utf8.count - 1) + [0x0A]
        let preamble: [UInt8] = [0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(header.count & 0xFF), UInt8(header.count >> 8)]
        return preamble + header + values.flatMap { withUnsafeBytes(of: $0.bitPattern.littleEndian, Array.init) }
    }

    @Test func trainsAndReportsTheFigures() throws {
        try Scratch.with { scratch in
            let data = try scratch.write("features.npy", Self.matrix(rows: 2000))
            let result = try CLI.run(["gbm", "--data", data, "--threads", "2", "--rounds", "30", "--json"], binary: "ballast-bench")
            #expect(result.status == 0, "\(result)")
            let output = try result.json(Output.self)
            #expect(output.rows == 2000 && output.train_rows == 1600 && output.features == 3)
            #expect(output.rounds == 30 && output.threads == 2)
            #expect(output.auc_test > 0.95 && output.auc_train > 0.95, "\(output)")
            #expect(output.logloss_test > 0 && output.logloss_test < 0.4)
            #expect(output.train_seconds > 0 && output.predict_seconds >= 0)
            // A sidecar .json sets the split, as ml_anchor.py writes it.
            try scratch.write("features.json", Array(#"{"train_rows": 1500, "rows": 2000}"#.utf8))
            let split = try CLI.run(["gbm", "--data", data, "--rounds", "5", "--json"], binary: "ballast-bench")
            #expect(try split.json(Output.self).train_rows == 1500, "\(split)")
        }
    }

    @Test func badMatrixIsAnErrorNotACrash() throws {
        try Scratch.with { scratch in
            let data = try scratch.write("broken.npy", Array(Self.matrix(rows: 100).dropLast(7)))
            let result = try CLI.run(["gbm", "--data", data, "--json"], binary: "ballast-bench")
            #expect(result.status != 0)
            #expect(result.err.contains("truncated") && result.err.contains("broken.npy"), "\(result)")
        }
    }
}
