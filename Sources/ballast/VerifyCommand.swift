import ArgumentParser
import BallastData

/// `ballast data verify`: re-reads every partition and checks its checksum and order.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "verify", abstract: "Check every stored partition's checksum and row order.")

    @OptionGroup var home: HomeOption
    @Flag(help: "Print JSON.") var json = false

    struct Output: Encodable { var series: String, partitions: Int, rows: Int, problems: [String] }

    func run() throws {
        let store = BarStore(home: home.path)
        var outputs: [Output] = []
        do {
            for summary in try store.list() {
                let report = try store.verify(summary.key)
                outputs.append(Output(series: summary.key.description, partitions: report.partitionsChecked,
                                      rows: report.rows, problems: report.problems.map(\.description)))
            }
        } catch {
            throw CLIError(.storeError, error.description)
        }
        if json { print(try JSONOutput.encode(outputs)) } else {
            for o in outputs {
                print("\(o.series): \(o.problems.isEmpty ? "ok" : "DAMAGED"), \(o.partitions) partitions, \(o.rows) rows")
                for p in o.problems { print("  \(p)") }
            }
        }
        if outputs.contains(where: { !$0.problems.isEmpty }) { throw ExitCode(ExitStatus.storeError.rawValue) }
    }
}
