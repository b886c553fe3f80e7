import BallastCore
import BallastData

/// One stored bar series loaded for research: the instrument from the catalog, the stored
/// bars, and the same bars as columns in memory.
struct ResearchSeries {
    let instrument: Instrument
    let timeframe: Timeframe
    let stored: StoredBars
    let columns: BarColumns

    var key: String { "\(instrument.symbol)/\(timeframe.rawValue)" }

    init(symbol: String, timeframe: Timeframe, from: String?, to: String?, home: HomeOption) throws {
        let catalog = try CatalogLoader.load(home: home.path)
        guard let instrument = catalog.resolve(symbol: symbol, profile: nil) else {
            throw CLIError(.configError, "\(symbol) is not in the instrument catalog; add it to <home>/instruments.yaml")
        }
        let leg = try BacktestLeg.load(instrument, frame: timeframe, from: try Timestamp.option(from), to: try Timestamp.option(to),
                                       home: home.path)
        guard case .bars(let stored) = leg.data else { throw CLIError(.usage, "\(symbol)/\(timeframe.rawValue) holds no bars") }
        self.instrument = instrument
        self.timeframe = timeframe
        self.stored = stored
        columns = stored.columns()
    }

    /// The average spread as a share of the price (a round trip's cost in log-return units), from
    /// the bars' spread column; 0 when the data has none.
    var averageSpreadCost: Double {
        let point = instrument.point.doubleValue
        var sum = 0.0, count = 0
        for i in 0..<columns.count where columns.spread[i] > 0 {
            sum += Double(columns.spread[i]) * point / Price(raw: columns.close[i]).doubleValue
            count += 1
        }
        return count > 0 ? sum / Double(count) : 0
    }
}
