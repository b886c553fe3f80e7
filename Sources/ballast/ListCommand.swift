import ArgumentParser
import BallastCore
import BallastData

/// `ballast data ls`: what the store holds.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ls", abstract: "List stored series.")

    @OptionGroup var home: HomeOption
    @Flag(help: "Print JSON.") var json = false

    struct Row: Encodable {
        var series: String, kind: String, symbol: String, timeframe: String?
        var rows: Int, first: String?, last: String?, digits: Int, zone: String, partitions: Int, bytes: Int
    }

    func run() throws {
        let summaries: [SeriesSummary]
        do { summaries = try BarStore(home: home.path).list() } catch { throw CLIError(.storeError, error.description) }
        let rows = summaries.map {
            Row(series: $0.key.description, kind: $0.kind.rawValue, symbol: $0.key.name, timeframe: $0.key.timeframe?.rawValue,
                rows: $0.rows, first: $0.firstTime?.iso8601, last: $0.lastTime?.iso8601, digits: $0.digits,
                zone: $0.zone, partitions: $0.partitions, bytes: $0.bytesOnDisk)
        }
        if json { print(try JSONOutput.encode(rows)); return }
        if rows.isEmpty { print("The store at \(home.path) is empty. Import files with `ballast data import`."); return }
        let table = [["SERIES", "ROWS", "FIRST", "LAST", "ZONE", "SIZE"]] + rows.map {
            [$0.series, String($0.rows), $0.first ?? "-", $0.last ?? "-", $0.zone, ByteCount.format($0.bytes)]
        }
        print(TextTable.render(table))
    }
}
