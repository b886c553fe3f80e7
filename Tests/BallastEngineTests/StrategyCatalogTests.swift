import BallastCore
import BallastEngine
import Testing

@Suite struct StrategyCatalogTests {
    @Test func listsEveryStrategyWithDefaults() {
        #expect(StrategyCatalog.names == ["sma-cross", "donchian-breakout", "mean-reversion", "seasonality"])
        let sma = StrategyCatalog.descriptor(named: "sma-cross")
        #expect(sma?.defaults == ["fast": "20", "slow": "100", "quantity": "100000", "symbol": "", "timeframe": ""])
        for descriptor in StrategyCatalog.descriptors {
            #expect(throws: Never.self) { try StrategyCatalog.make(descriptor.name) }
        }
    }

    @Test func errorsNameTheProblem() {
        #expect(throws: StrategyParameterError.unknownStrategy("sma", known: StrategyCatalog.names)) {
            try StrategyCatalog.make("sma")
        }
        #expect(throws: StrategyParameterError.unknownParameter(strategy: "sma-cross", name: "fats",
                                                                known: ["fast", "slow", "quantity", "symbol", "timeframe"])) {
            try SMACross(parameters: ["fats": "10"])
        }
        #expect(throws: StrategyParameterError.invalidValue(strategy: "sma-cross", parameter: "fast", value: "ten",
                                                           expected: "a whole number in 1...1000000")) {
            try SMACross(parameters: ["fast": "ten"])
        }
        #expect(throws: StrategyParameterError.inconsistent(strategy: "sma-cross", message: "fast (50) must be below slow (20)")) {
            try SMACross(parameters: ["fast": "50", "slow": "20"])
        }
        #expect(throws: StrategyParameterError.self) { try SMACross(parameters: ["quantity": "-1"]) }
        #expect(throws: StrategyParameterError.self) { try DonchianBreakout(parameters: ["short": "maybe"]) }
        #expect(throws: StrategyParameterError.self) { try MeanReversion(parameters: ["indicator": "macd"]) }
        #expect(throws: StrategyParameterError.self) { try MeanReversion(parameters: ["oversold": "60", "exit-level": "50"]) }
        #expect(throws: StrategyParameterError.self) { try Seasonality(parameters: ["long": "mon-fri@25:00-26:00"]) }
        #expect(throws: StrategyParameterError.self) {
            try Seasonality(parameters: ["long": "mon@10:00-12:00", "short": "mon@11:00-13:00"])
        }
        let error = StrategyParameterError.invalidValue(strategy: "sma-cross", parameter: "fast", value: "ten", expected: "a number")
        #expect(error.description == "sma-cross: fast='ten' is not valid; expected a number")
    }

    struct NameVisitor: StrategyVisitor {
        func visit<S: Strategy>(_ strategy: S) throws -> String { String(describing: S.self) }
    }

    @Test func visitHandsOverTheConcreteType() throws {
        #expect(try StrategyCatalog.visit("sma-cross", parameters: ["fast": "5"], NameVisitor()) == "SMACross")
        #expect(try StrategyCatalog.visit("seasonality", NameVisitor()) == "Seasonality")
        #expect(throws: StrategyParameterError.self) { try StrategyCatalog.visit("nope", NameVisitor()) }
    }
}
