import ArgumentParser
import BallastCore
import BallastData

/// `ballast data show SYMBOL`: a stored series' metadata and its first or last rows.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a stored series: metadata and rows.")

    @OptionGroup var series: SeriesSelection
    @OptionGroup var home: HomeOption
    @Option(help: "Rows from the start.") var head: Int?
    @Option(help: "Rows from the end (default 10).") var tail: Int?
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let store = BarStore(home: home.path)
        let key = try series.resolve(in: store)
        do {
            let metadata = try store.metadata(key)
            let summary = try store.summary(key)
            let text = try SeriesRows.render(store: store, key: key, digits: metadata.digits, head: head, tail: head == nil ? (tail ?? 10) : tail)
            if json {
                let payload = ShowOutput(series: key.description, rows: summary.rows, first: summary.firstTime?.iso8601,
                                         last: summary.lastTime?.iso8601, digits: metadata.digits, zone: metadata.zone,
                                         sources: metadata.sources.map { "\($0.name) (\($0.rows) rows, \($0.contentHash))" },
                                         csv: text)
                print(try JSONOutput.encode(payload))
                return
            }
            print("\(key)  \(summary.rows) rows  \(summary.firstTime?.iso8601 ?? "-") → \(summary.lastTime?.iso8601 ?? "-")")
            print("digits \(metadata.digits)  source zone \(metadata.zone)  \(summary.partitions) partitions, \(ByteCount.format(summary.bytesOnDisk))")
            for source in metadata.sources { print("source \(source.name): \(source.rows) rows, \(source.contentHash)") }
            print(text, terminator: "")
        } catch let error as StoreError {
            throw CLIError(store: error)
        }
    }

    struct ShowOutput: Encodable {
        var series: String, rows: Int, first: String?, last: String?, digits: Int, zone: String, sources: [String], csv: String
    }
}
