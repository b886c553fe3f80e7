import ArgumentParser
import BallastData
import BallastResearch
import Foundation

/// `ballast-bench gbm`: Ballast's gradient-boosted trees on a `.npy` feature matrix with the
/// peers' settings (../shared/bench/peers/ml_anchor.py: num_leaves 31, learning_rate 0.05,
/// 200 rounds, max_bin 255). Training time includes binning, as LightGBM's includes Dataset
/// construction; reading the file is not timed.
struct GBMBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gbm",
        abstract: "Train gradient-boosted trees on a .npy matrix (label = last column); report time, AUC and log-loss.")

    @Option(help: "float32/float64 .npy matrix, label in the last column.") var data: String
    @Option(help: "Threads for training and prediction.") var threads = 1
    @Option(help: "Training rows (default: train_rows from the .json beside the file, else 80%).") var trainRows: Int?
    @Option(help: "Boosting rounds.") var rounds = 200
    @Flag(help: "Print one JSON object.") var json = false

    func run() throws {
        let file: NumpyArrayFile
        do { file = try NumpyArrayFile(path: data) } catch { throw BenchError(error.description) }
        guard file.columnCount >= 2, file.rowCount >= 2 else { throw BenchError("\(data): needs at least 2 rows and 2 columns") }
        let split = trainRows ?? Self.sidecarTrainRows(data) ?? Int(0.8 * Double(file.rowCount))
        guard split > 0, split < file.rowCount else { throw BenchError("--train-rows \(split) must be in 1..<\(file.rowCount)") }
        let (matrix, labels) = Self.featuresAndLabels(file)
        let train = matrix.rows(0..<split), test = matrix.rows(split..<matrix.rowCount)
        var parameters = BoostingParameters()
        parameters.rounds = rounds
        parameters.learningRate = 0.05
        parameters.numLeaves = 31
        parameters.maxBin = 255
        parameters.threads = threads
        let start = Clock.now, cpuStart = Self.processCPUSeconds()
        let model: BoostedModel
        do { model = try GradientBoostingTrainer(parameters: parameters).train(train, labels: Array(labels[..<split])) } catch {
            throw BenchError(error.description)
        }
        let trainSeconds = Clock.since(start), trainCPUSeconds = Self.processCPUSeconds() - cpuStart
        let predictStart = Clock.now
        let testPredictions = model.ensemble.predict(test, threads: threads)
        let predictSeconds = Clock.since(predictStart)
        let trainPredictions = model.ensemble.predict(train, threads: threads)
        let testLabels = Array(labels[split...])
        let fields: [String: Any] = [
            "rows": matrix.rowCount, "train_rows": split, "features": matrix.columnCount, "rounds": model.treeCount,
            "threads": threads, "train_seconds": trainSeconds, "predict_seconds": predictSeconds,
            "train_cpu_seconds": trainCPUSeconds,
            "auc_train": BinaryMetrics.auc(labels: Array(labels[..<split]), scores: trainPredictions),
            "auc_test": BinaryMetrics.auc(labels: testLabels, scores: testPredictions),
            "logloss_test": BinaryMetrics.logLoss(labels: testLabels, probabilities: testPredictions),
        ]
        if json {
            print(String(decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self))
        } else {
            for key in fields.keys.sorted() { print("\(key) \(fields[key]!)") }
        }
    }

    /// User plus system CPU time of this process: with other work on the machine, a steadier
    /// measure of the training cost than wall time (at one thread, the unloaded wall time).
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        return user + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    /// `train_rows` from `FILE.json` beside `FILE.npy`, as ml_anchor.py writes it.
    static func sidecarTrainRows(_ path: String) -> Int? {
        let sidecar = URL(fileURLWithPath: path).deletingPathExtension().appendingPathExtension("json")
        guard let bytes = try? Data(contentsOf: sidecar),
              let object = try? JSONSerialization.jsonObject(with: bytes) as? [String: Any] else { return nil }
        return (object["train_rows"] as? NSNumber)?.intValue
    }

    /// The matrix without its last column, and the last column as labels.
    static func featuresAndLabels(_ file: NumpyArrayFile) -> (FeatureMatrix, [Double]) {
        let all = file.floatValues(), width = file.columnCount, rows = file.rowCount
        var values = [Float](repeating: 0, count: rows * (width - 1))
        var labels = [Double](repeating: 0, count: rows)
        for row in 0..<rows {
            for column in 0..<(width - 1) { values[row * (width - 1) + column] = all[row * width + column] }
            labels[row] = Double(all[row * width + width - 1])
        }
        let names = (0..<(width - 1)).map { "f\($0)" }
        return (FeatureMatrix(columnNames: names, rowCount: rows, values: values), labels)
    }
}
