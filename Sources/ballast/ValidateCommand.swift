import ArgumentParser
import BallastCore
import BallastResearch
import Foundation

/// `ballast validate`: the overfitting statistics and the promotion gate, either for a matrix of
/// strategy returns (one CSV column per configuration tried: PBO by CSCV, the deflated Sharpe
/// ratio of the best column from the number of columns) or again for a recorded training run
/// (its stored evidence against the current `gate:` thresholds). Recorded as a run.
struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate", abstract: "Deflated Sharpe ratio, PBO and the promotion gate for a returns matrix or a training run.")

    @Option(help: "CSV of per-period net returns, one column per configuration (a time or date column is skipped).") var returns: String?
    @Option(help: "A training run to judge again with the current gate.") var run: String?
    @Option(help: "CSCV blocks (even).") var blocks = 10
    @Option(help: "Configurations tried in all, if more than the CSV's columns.") var trials: Int?
    @Option(help: "Configuration file with a `gate:` section (default: <home>/ballast.yaml when it exists).") var config: String?
    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var home: HomeOption

    struct Output: Encodable {
        var source: String, strategies: [String], sharpe: [Double], best: String, trials: Int
        var deflatedSharpe: Double, pbo: Double?, outOfSampleNetReturn: Double, gate: GateVerdict, run: String?

        enum CodingKeys: String, CodingKey {
            case source, strategies, sharpe, best, trials, deflatedSharpe = "deflated_sharpe", pbo
            case outOfSampleNetReturn = "out_of_sample_net_return", gate, run
        }
    }

    func run() async throws {
        let started = RunRecorder.now()
        let recorder = try RunRecorder(home: home)
        let gate = try ConfigLoader.promotionGate(home: home.path, file: config)
        var output: Output
        switch (returns, run) {
        case (let path?, nil): output = try fromReturns(path, gate: gate)
        case (nil, let id?): output = try fromRun(id, gate: gate)
        default: throw CLIError(.usage, "give exactly one of --returns FILE and --run ID")
        }
        let record = ExperimentRun(kind: .validate, name: "validate \(output.source)", startedAt: started, endedAt: RunRecorder.now(),
                                   parameters: ["blocks": "\(blocks)", "source": output.source],
                                   metrics: ["deflated_sharpe": output.deflatedSharpe, "pbo": output.pbo ?? .nan,
                                             "net_return_oos": output.outOfSampleNetReturn],
                                   codeVersion: RunRecorder.codeVersion, trials: output.trials, verdict: output.gate)
        output.run = try await recorder.record(record).id.rawValue
        print(json ? try JSONOutput.encode(output) : String(
            format: "%@: best %@ of %d trials, deflated Sharpe %.3f, PBO %@\n%@\nrecorded as run %@", output.source, output.best,
            output.trials, output.deflatedSharpe, output.pbo.map { String(format: "%.3f", $0) } ?? "n/a", output.gate.description,
            output.run ?? ""))
    }

    /// The matrix's statistics; the out-of-sample return is the best column's total.
    private func fromReturns(_ path: String, gate: PromotionGate) throws -> Output {
        let (names, columns) = try ReturnsMatrix.read(path)
        let sharpe = columns.map { ReturnMoments($0).sharpeRatio }
        let best = sharpe.indices.max { sharpe[$0] < sharpe[$1] || sharpe[$0].isNaN } ?? 0
        var trialSharpes = sharpe
        if let trials, trials > sharpe.count { trialSharpes += Array(repeating: ReturnMoments(sharpe).mean, count: trials - sharpe.count) }
        let deflated = DeflatedSharpeRatio(returns: columns[best], trialSharpeRatios: trialSharpes).value
        var pbo: Double?
        if columns.count > 1 {
            do { pbo = try BacktestOverfitting(returns: columns, blockCount: blocks).probability } catch {
                throw CLIError(.usage, "PBO: \(error.description)")
            }
        }
        let net = columns[best].reduce(0, +)
        let verdict = gate.evaluate(GateEvidence(deflatedSharpe: deflated, overfittingProbability: pbo ?? .nan, outOfSampleNetReturn: net))
        return Output(source: path, strategies: names, sharpe: sharpe, best: names[best], trials: trialSharpes.count,
                      deflatedSharpe: deflated, pbo: pbo, outOfSampleNetReturn: net, gate: verdict, run: nil)
    }

    /// A training run's stored evidence against `gate`.
    private func fromRun(_ id: String, gate: PromotionGate) throws -> Output {
        let stored: ExperimentRun
        do { stored = try RunStore(home: home.path).run(RunID(rawValue: id)) } catch { throw CLIError(.usage, error.description) }
        guard stored.kind == .train, let dsr = stored.metrics["deflated_sharpe"], let net = stored.metrics["net_return_oos"] else {
            throw CLIError(.usage, "run \(id) is not a training run with validation metrics")
        }
        let pbo = stored.metrics["pbo"].flatMap { $0.isNaN ? nil : $0 }
        let verdict = gate.evaluate(GateEvidence(deflatedSharpe: dsr, overfittingProbability: pbo ?? .nan, outOfSampleNetReturn: net))
        return Output(source: "run \(id)", strategies: [stored.name], sharpe: [stored.metrics["sharpe_oos"] ?? .nan], best: stored.name,
                      trials: stored.trials, deflatedSharpe: dsr, pbo: pbo, outOfSampleNetReturn: net, gate: verdict, run: nil)
    }
}
