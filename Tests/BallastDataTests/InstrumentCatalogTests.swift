import BallastCore
import Testing
@testable import BallastData

@Suite struct InstrumentCatalogTests {
    static let fx = ["EURUSD", "GBPUSD", "USDJPY", "USDCHF", "AUDUSD", "USDCAD", "NZDUSD", "EURJPY", "GBPJPY", "EURGBP"]
    static let indices = ["US500", "NAS100", "US30", "GER40", "UK100", "JP225"]

    @Test func shippedCoversTheRequiredSymbols() throws {
        let catalog = try InstrumentCatalog.shipped()
        for symbol in Self.fx + Self.indices + ["XAUUSD", "XAGUSD", "BTCUSD", "ETHUSD"] {
            let instrument = try #require(catalog.instrument(symbol), "\(symbol) missing")
            #expect(instrument.symbol == symbol)
            #expect(instrument.volumeMin <= instrument.volumeMax && instrument.volumeStep.raw > 0)
            #expect(instrument.marginRate > 0 && instrument.marginRate <= 0.5)
            #expect(catalog.calendar(for: instrument).template == instrument.session)
        }
        for symbol in Self.fx {
            let pair = try #require(catalog.instrument(symbol))
            #expect(pair.assetClass == .fx && pair.contractSize == Quantity(100_000) && pair.tripleSwapDay == .wednesday)
            #expect(pair.digits == (symbol.hasSuffix("JPY") ? 3 : 5))
            #expect(pair.baseCurrency + pair.quoteCurrency == symbol && pair.session.name == "fx")
        }
        for symbol in Self.indices {
            let index = try #require(catalog.instrument(symbol))
            #expect(index.assetClass == .index && index.contractSize == Quantity(1) && index.tripleSwapDay == .friday)
        }
        let gold = try #require(catalog.instrument("xauusd"))
        #expect(gold.digits == 2 && gold.contractSize == Quantity(100) && gold.tripleSwapDay == .wednesday)
        #expect(gold.tickValue == Money("1", currency: "USD"))
        let silver = try #require(catalog.instrument("XAGUSD"))
        #expect(silver.digits == 3 && silver.contractSize == Quantity(5000) && silver.tickValue == Money("5", currency: "USD"))
        #expect(catalog.instrument("EURUSD")?.tickValue == Money("1", currency: "USD"))
        #expect(catalog.instrument("USDJPY")?.tickValue == Money("100", currency: "JPY"))
        for symbol in ["BTCUSD", "ETHUSD"] {
            let coin = try #require(catalog.instrument(symbol))
            #expect(coin.contractSize == Quantity(1) && coin.tripleSwapDay == nil && coin.session.isOpenAllWeek)
        }
        #expect(catalog.instrument("NOPE") == nil)
    }

    @Test func userFileMergesKeyByKey() throws {
        let user = """
        sessions:
          fx:
            holidays: [2024-07-10]
        instruments:
          EURUSD: {swap_long: -6.9}
          EURCHF: {class: fx, base: EUR, quote: CHF, digits: 5}
        """
        let catalog = try InstrumentCatalog.shipped().merging(yaml: user, file: "user.yaml")
        let eurusd = try #require(catalog.instrument("EURUSD"))
        #expect(eurusd.swapLong == Points("-6.9") && eurusd.swapShort == Points("2.1") && eurusd.digits == 5)
        let eurchf = try #require(catalog.instrument("EURCHF"))
        #expect(eurchf.contractSize == Quantity(100_000) && eurchf.session.holidays.count == 1)
        #expect(catalog.sessions["fx"]?.windows == (try InstrumentCatalog.shipped().sessions["fx"]?.windows))
        let calendar = catalog.calendar(for: eurusd)
        #expect(!calendar.isOpen(at: Timestamp(year: 2024, month: 7, day: 10, hour: 12)))
        #expect(calendar.isOpen(at: Timestamp(year: 2024, month: 12, day: 25, hour: 12)))
    }

    @Test(arguments: [
        ("instruments: {EURUSD: {digits: x}}", 1, "instruments.EURUSD.digits", "expected an integer"),
        ("instruments:\n  EURUSD:\n    volume_max: 0.001", 3, "instruments.EURUSD.volume_max", "below the minimum"),
        ("instruments: {EURUSD: {colour: red}}", 1, "instruments.EURUSD.colour", "unknown key"),
        ("instruments: {EURUSD: {session: nights}}", 1, "instruments.EURUSD.session", "no session named"),
        ("sessions: {fx: {windows: [\"Sun 17:00 to Fri\"]}}", 1, "sessions.fx.windows[0]", "expected a window"),
        ("sessions: {fx: {time_zone: Mars/Olympus}}", 1, "sessions.fx.time_zone", "unknown time zone"),
        ("brokers: {b: {server_time_zone: UTC, aliases: {XAUUSD: [GOLD], XAGUSD: [GOLD]}}}", 1, "brokers.b.aliases", "GOLD"),
        ("instruments: [\n  oops", 3, "", "invalid YAML"),
    ])
    func errorsNameFileAndKeyPath(yaml: String, line: Int, keyPath: String, message: String) throws {
        do {
            _ = try InstrumentCatalog.shipped().merging(yaml: yaml, file: "user.yaml")
            Issue.record("accepted: \(yaml)")
        } catch {
            #expect(error.file == "user.yaml" && error.line == line && error.keyPath == keyPath)
            #expect(error.message.contains(message), "\(error)")
        }
    }

    @Test func profilesAndSymbolResolution() throws {
        let catalog = try InstrumentCatalog.shipped()
        let exness = try #require(catalog.profiles["exness-like"])
        let ecn = try #require(catalog.profiles["generic-ny7-ecn"])
        #expect(ecn.serverTimeZone == "NY+7" && TimeZoneRule.named(ecn.serverTimeZone) != nil)
        #expect(try ecn.symbolMap.brokerName(for: "EURUSD") == "EURUSD.m")
        #expect(try exness.symbolMap.brokerName(for: "NAS100") == "USTECm")
        #expect(catalog.resolve(symbol: "XAUUSDm", profile: exness)?.digits == 3)
        #expect(catalog.resolve(symbol: "XAUUSDm", profile: exness)?.tickValue == Money("0.1", currency: "USD"))
        #expect(catalog.resolve(symbol: "USTECm", profile: exness)?.symbol == "NAS100")
        #expect(catalog.resolve(symbol: "GBPUSD.m", profile: ecn)?.symbol == "GBPUSD")
        let guesses = ["GOLD": "XAUUSD", "SPX500": "US500", "US500.cash": "US500", "US30m": "US30", "EURUSD.m": "EURUSD",
                       "EURUSDm": "EURUSD", "#US30": "US30", "GER40.pro": "GER40", "DE40": "GER40", "USDJPY_i": "USDJPY"]
        for (name, canonical) in guesses {
            #expect(catalog.resolve(symbol: name, profile: nil)?.symbol == canonical, "\(name)")
        }
        #expect(catalog.resolve(symbol: "XAUUSD", profile: nil)?.digits == 2)
        #expect(catalog.resolve(symbol: "WHEAT", profile: nil) == nil)
        #expect(throws: SymbolMapError.unknown("WHEAT")) { try catalog.canonicalSymbol(for: "WHEAT", profile: nil) }
    }
}
