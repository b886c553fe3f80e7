import BallastCore
import BallastResearch
import Foundation
import Testing

/// Specs decode from JSON, invalid ones fail naming the field, and warm-up rows can be dropped.
@Suite struct FeatureSpecTests {
    @Test func decodesAndBuildsColumnsInEntryOrder() throws {
        let json = """
        {"timeframe": "H1", "features": [
          {"kind": "logReturn", "periods": [1, 4]}, {"kind": "rsi"},
          {"kind": "macd", "fast": 3, "slow": 6, "signal": 2},
          {"kind": "sessions", "sessions": [{"name": "ldn", "timeZone": "Europe/London", "open": "08:00", "close": "16:30"}],
           "overlaps": []},
          {"kind": "volume", "volume": "real", "periods": [10]},
          {"kind": "crossReturn", "instrument": "GBPUSD", "periods": [2]}]}
        """
        let spec = try JSONDecoder().decode(FeatureSpec.self, from: Data(json.utf8))
        let pipeline = try FeaturePipeline(spec)
        #expect(pipeline.columnNames == ["logret_1", "logret_4", "rsi_14", "macd_3_6_2", "macd_signal_3_6_2", "macd_hist_3_6_2",
                                         "session_ldn", "log_volume", "volume_ratio_10", "x_GBPUSD_logret_2"])
        #expect(pipeline.instruments == ["GBPUSD"] && pipeline.instrumentTimeframes == [.h1])
        let again = try JSONDecoder().decode(FeatureSpec.self, from: JSONEncoder().encode(spec))
        #expect(again == spec)
    }

    @Test func invalidSpecsNameTheField() {
        func error(_ entries: [FeatureSpec.Entry]) -> FeatureSpecError? {
            do { _ = try FeaturePipeline(FeatureSpec(timeframe: .m1, features: entries)); return nil } catch { return error }
        }
        #expect(error([FeatureSpec.Entry(.rsi), FeatureSpec.Entry(.sma, periods: [20, 0])])?.location == "features[1].periods[1]")
        #expect(error([FeatureSpec.Entry(.atr, periods: [])])?.location == "features[0].periods")
        #expect(error([FeatureSpec.Entry(.crossReturn)])?.location == "features[0].instrument")
        #expect(error([FeatureSpec.Entry(.rsi), FeatureSpec.Entry(.rsi)]) == FeatureSpecError("features", "column 'rsi_14' appears twice"))
        var macd = FeatureSpec.Entry(.macd)
        macd.fast = 30
        #expect(error([macd])?.location == "features[0]")
        var sessions = FeatureSpec.Entry(.sessions)
        sessions.sessions = [SessionHours(name: "x", timeZone: "UTC", open: "25:00", close: "17:00")]
        sessions.overlaps = []
        #expect(error([sessions])?.location == "features[0].sessions[0]")
    }

    @Test func misspeltKeysAreRefusedNotIgnored() throws {
        let entry = #"{"timeframe": "H1", "features": [{"kind": "rsi", "period": [7]}]}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(FeatureSpec.self, from: Data(entry.utf8)) }
        do {
            _ = try JSONDecoder().decode(FeatureSpec.self, from: Data(entry.utf8))
        } catch {
            #expect("\(error)".contains("unknown feature entry key 'period'"), "\(error)")
        }
        let top = #"{"timeframe": "H1", "feature": []}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(FeatureSpec.self, from: Data(top.utf8)) }
        let spec = FeatureSpec(timeframe: .h1, features: [FeatureSpec.Entry(.rsi, periods: [7])])
        #expect(try JSONDecoder().decode(FeatureSpec.self, from: JSONEncoder().encode(spec)) == spec, "encoding still round-trips")
    }

    @Test func missingOtherSeriesIsAnError() {
        var cross = FeatureSpec.Entry(.crossReturn)
        cross.instrument = "GBPUSD"
        #expect(throws: FeatureSpecError("others", "no bars given for 'GBPUSD'")) {
            try FeatureFrame.build(FeatureSpec(timeframe: .m1, features: [cross]), bars: BarColumns())
        }
    }

    @Test func droppingWarmUpKeepsRowsWhereEveryFeatureIsReady() throws {
        let bars = BarColumns((0..<10).map { i in
            let p = Price(approximating: 100 + Double(i % 3))
            return Bar(time: Timestamp(seconds: Int64(i) * 60), open: p, high: p, low: p, close: p)
        })
        let spec = FeatureSpec(timeframe: .m1, features: [FeatureSpec.Entry(.logReturn, periods: [1]), FeatureSpec.Entry(.sma, periods: [3])])
        let frame = try FeatureFrame.build(spec, bars: bars)
        #expect(frame.warmUpRows == 3)   // SMA(3) slope needs 4 bars
        #expect(frame.matrix[2, 2].isNaN && !frame.matrix[3, 2].isNaN)
        let kept = frame.droppingWarmUp()
        #expect(kept.matrix.rowCount == 7 && kept.firstBar == 3 && kept.barIndex(ofRow: 0) == 3)
        #expect(kept.times.first == bars.time[3] && kept.warmUpRows == 0)
        #expect(kept.matrix.values == Array(frame.matrix.values[(3 * 3)...]))
    }

    @Test func emptySeriesGivesAnEmptyFrame() throws {
        let frame = try FeatureFrame.build(.standard(timeframe: .m1), bars: BarColumns())
        #expect(frame.matrix.rowCount == 0 && frame.warmUpRows == 0 && frame.droppingWarmUp().matrix.rowCount == 0)
    }
}
