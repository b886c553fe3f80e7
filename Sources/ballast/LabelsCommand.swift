import ArgumentParser
import BallastCore
import BallastResearch
import Foundation

/// `ballast labels`: triple-barrier labels of a stored series (a symmetric event at every bar),
/// with their returns, barrier touched and uniqueness weights; summarised, and written as CSV.
struct LabelsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "labels", abstract: "Triple-barrier labels of a stored bar series: summary, and a CSV of every event.")

    @OptionGroup var series: SeriesOptions
    @OptionGroup var barrier: BarrierOptions
    @Option(help: "CSV file of the events.") var out: String?
    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var home: HomeOption

    struct Summary: Encodable {
        var series: String, events: Int, unresolved: Int, profitTake: Int, stopLoss: Int, vertical: Int
        var positiveShare: Double, meanUniqueness: Double

        enum CodingKeys: String, CodingKey {
            case series, events, unresolved, profitTake = "profit_take", stopLoss = "stop_loss", vertical
            case positiveShare = "positive_share", meanUniqueness = "mean_uniqueness"
        }
    }

    func run() async throws {
        let started = RunRecorder.now()
        let recorder = try RunRecorder(home: home)
        let triple = try barrier.barrier()
        let series = try self.series.load(home: home)
        let bars = series.columns
        let sigma = BarVolatility.closeToClose(bars, period: barrier.volatilityPeriod)
        let all = triple.outcomes(bars, starts: Array(0..<bars.count), volatility: sigma)
        let events = all.filter(\.isResolved)
        let weights = SampleWeights.averageUniqueness(spans: events.map(\.span), barCount: bars.count)
        let count = { (touch: BarrierOutcome.Touch) in events.filter { $0.touch == touch }.count }
        let summary = Summary(series: series.key, events: events.count, unresolved: all.count - events.count,
                              profitTake: count(.profitTake), stopLoss: count(.stopLoss), vertical: count(.vertical),
                              positiveShare: Double(events.filter { $0.logReturn > 0 }.count) / Double(max(events.count, 1)),
                              meanUniqueness: weights.reduce(0, +) / Double(max(weights.count, 1)))
        if let out { try write(events, weights: weights, to: out) }
        let run = ExperimentRun(kind: .labels, name: "triple-barrier \(series.key)", startedAt: started, endedAt: RunRecorder.now(),
                                parameters: barrier.parameters.merging(["out": out ?? "-"]) { $1 },
                                metrics: ["events": Double(summary.events), "positive_share": summary.positiveShare,
                                          "mean_uniqueness": summary.meanUniqueness],
                                dataHashes: [series.key: series.stored.contentHash], codeVersion: RunRecorder.codeVersion)
        let recorded = try await recorder.record(run)
        print(json ? try JSONOutput.encode(summary) : String(
            format: "%@: %d events (%d unresolved): %d profit-take, %d stop-loss, %d vertical; %.1f%% positive, mean uniqueness %.3f\nrecorded as run %@",
            summary.series, summary.events, summary.unresolved, summary.profitTake, summary.stopLoss, summary.vertical,
            summary.positiveShare * 100, summary.meanUniqueness, recorded.id.rawValue))
    }

    private func write(_ events: [BarrierOutcome], weights: [Double], to path: String) throws {
        var text = "start_time,end_time,touch,log_return,label,weight\n"
        for (event, weight) in zip(events, weights) {
            text += "\(Timestamp(nanoseconds: event.startTime).iso8601),\(Timestamp(nanoseconds: event.endTime).iso8601),"
                + "\(event.touch),\(event.logReturn),\(event.label),\(weight)\n"
        }
        try OutputFile.write(Data(text.utf8), to: path)
    }
}
