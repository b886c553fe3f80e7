import ArgumentParser
import BallastCore
import BallastData
import BallastResearch
import Foundation

/// `ballast features`: the causal feature matrix of a stored series, written as `.npy` or CSV
/// (the matrix a model trains on, and the rows a model signal computes bar by bar).
struct FeaturesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "features", abstract: "Compute the causal feature matrix of a stored bar series and write it as .npy or CSV.")

    @OptionGroup var series: SeriesOptions
    @Option(help: "Feature spec file (JSON or YAML; default: the standard set).") var features: String?
    @Option(help: "Output file: .npy (float32) or .csv (time column first).") var out: String?
    @Flag(help: "Keep the warm-up rows (NaN where a feature is not ready yet).") var keepWarmUp = false
    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var home: HomeOption

    func run() async throws {
        let started = RunRecorder.now()
        let recorder = try RunRecorder(home: home)
        let series = try self.series.load(home: home)
        let spec = try ConfigLoader.featureSpec(file: features, timeframe: series.timeframe)
        var frame: FeatureFrame
        do { frame = try FeatureFrame.build(spec, bars: series.columns) } catch { throw CLIError(.configError, error.description) }
        let warmUp = frame.warmUpRows
        if !keepWarmUp { frame = frame.droppingWarmUp() }
        if let out { try write(frame, to: out) }
        let summary = Summary(series: series.key, rows: frame.matrix.rowCount, columns: frame.matrix.columnNames, warmUpRows: warmUp,
                              file: out, dataHash: series.stored.contentHash)
        let run = ExperimentRun(kind: .features, name: "features \(series.key)", startedAt: started, endedAt: RunRecorder.now(),
                                parameters: ["spec": features ?? "standard", "out": out ?? "-"],
                                metrics: ["rows": Double(summary.rows), "columns": Double(summary.columns.count)],
                                dataHashes: [series.key: summary.dataHash], codeVersion: RunRecorder.codeVersion)
        let recorded = try await recorder.record(run, documents: ["features.json": Data(try JSONOutput.encode(spec).utf8)])
        print(json ? try JSONOutput.encode(summary) : "\(series.key): \(summary.rows) rows × \(summary.columns.count) features"
              + " (\(warmUp) warm-up rows \(keepWarmUp ? "kept" : "dropped"))\(out.map { ", written to \($0)" } ?? "")\nrecorded as run \(recorded.id)")
    }

    struct Summary: Encodable {
        var series: String, rows: Int, columns: [String], warmUpRows: Int, file: String?, dataHash: String

        enum CodingKeys: String, CodingKey { case series, rows, columns, warmUpRows = "warm_up_rows", file, dataHash = "data_hash" }
    }

    private func write(_ frame: FeatureFrame, to path: String) throws {
        let m = frame.matrix
        let data: Data
        if path.hasSuffix(".npy") {
            data = NumpyArrayWriter.float32(rows: m.rowCount, columns: m.columnCount, values: m.values)
        } else {
            var text = "time," + m.columnNames.joined(separator: ",") + "\n"
            for r in 0..<m.rowCount {
                text += Timestamp(nanoseconds: frame.times[r]).iso8601
                for c in 0..<m.columnCount { text += ",\(m[r, c])" }
                text += "\n"
            }
            data = Data(text.utf8)
        }
        try OutputFile.write(data, to: path)
    }
}
