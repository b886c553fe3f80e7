import BallastTestSupport
import BallastCore
import Testing
@testable import BallastData

@Suite struct MT5BarsReaderTests {
    let zone = TimeZoneRule.fixed(seconds: 7200)

    @Test func readsRealXAUUSD() throws {
        let source = try ByteSource(path: TestData.path("mt5/XAUUSD_H1_20250102-20251027.csv.gz"))
        let result = try MT5BarsReader().read(source, options: ReadOptions(zone: zone))
        #expect(result.rowsRead == 4858)
        #expect(result.symbol == "XAUUSD" && result.timeframe == .h1 && result.priceDigits == 2)
        guard case .bars(let bars) = result.payload else { Issue.record("not bars"); return }
        #expect(bars[0] == Bar(time: Timestamp(year: 2025, month: 1, day: 1, hour: 23), open: Price("2624.81")!,
                               high: Price("2625.63")!, low: Price("2621.57")!, close: Price("2623.66")!,
                               tickVolume: 1795, volume: 0, spread: 15))
        #expect(bars[bars.count - 1].close == Price("3982.42")!)
    }

    @Test func dailyWithoutTimeColumn() throws {
        let source = try ByteSource(path: TestData.path("mt5/US30m_D1_20240101-20250908.csv"))
        let result = try MT5BarsReader().read(source, options: ReadOptions(zone: .utc))
        #expect(result.rowsRead == 527 && result.timeframe == .d1 && result.symbol == "US30m")
    }

    @Test func requiresAZone() throws {
        let source = try ByteSource(name: "x.csv", data: Array("<DATE>\t<TIME>\t<OPEN>\t<HIGH>\t<LOW>\t<CLOSE>\t<TICKVOL>\t<VOL>\t<SPREAD>\n2024.01.02\t00:00:00\t1\t1\t1\t1\t1\t0\t1\n".utf8))
        #expect(throws: DataReadError.self) { try MT5BarsReader().read(source, options: ReadOptions()) }
    }

    @Test func utf16WithBOM() throws {
        let text = "<DATE>\t<TIME>\t<OPEN>\t<HIGH>\t<LOW>\t<CLOSE>\t<TICKVOL>\t<VOL>\t<SPREAD>\r\n2024.01.02\t00:00:00\t1.10000\t1.10010\t1.09990\t1.10005\t12\t0\t7\r\n"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes.append(UInt8(unit & 0xFF)); bytes.append(UInt8(unit >> 8)) }
        let source = try ByteSource(name: "EURUSD_M1_x.csv", data: bytes)
        let result = try MT5BarsReader().read(source, options: ReadOptions(zone: .utc))
        #expect(source.encodingNotes == ["utf-16le"])
        #expect(result.payload == .bars(BarColumns([Bar(time: Timestamp(year: 2024, month: 1, day: 2), open: Price("1.1")!,
                                                        high: Price("1.1001")!, low: Price("1.0999")!, close: Price("1.10005")!,
                                                        tickVolume: 12, spread: 7)])))
    }

    @Test func badRowNamesLineAndColumn() throws {
        let source = try ByteSource(name: "bad.csv", data: Array("<DATE>\t<TIME>\t<OPEN>\t<HIGH>\t<LOW>\t<CLOSE>\t<TICKVOL>\t<VOL>\t<SPREAD>\n2024.01.02\t00:00:00\t1\t1\t1\t1\t1\t0\t1\n2024.01.02\t00:01:00\t1\tx\t1\t1\t1\t0\t1\n".utf8))
        #expect {
            try MT5BarsReader().read(source, options: ReadOptions(zone: .utc))
        } throws: { error in
            let e = error as! DataReadError
            return e.line == 3 && e.column == 23 && e.description.hasPrefix("bad.csv:3:23:")
        }
    }
}
