/// What Ballast needs to know about one broker account type: its server clock, how it spells
/// symbols, and where its contract specs differ from the catalog.
public struct BrokerProfile: Hashable, Sendable, CustomStringConvertible {
    /// The profile's key (`generic-ny7-ecn`).
    public let name: String
    /// The clock of the broker's server, as `TimeZoneRule.named` accepts it (`NY+7`).
    public let serverTimeZone: String
    public let symbolMap: BrokerSymbolMap
    /// Complete specs replacing the catalog's for this broker, by canonical symbol.
    public let overrides: [String: Instrument]

    public init(name: String, serverTimeZone: String, symbolMap: BrokerSymbolMap = .identity,
                overrides: [String: Instrument] = [:]) throws(InstrumentSpecError) {
        try Instrument.checkName(name, field: "name")
        guard !serverTimeZone.isEmpty else { throw InstrumentSpecError(field: "serverTimeZone", "must not be empty") }
        for (key, instrument) in overrides where key != instrument.symbol {
            throw InstrumentSpecError(field: "overrides.\(key)", "holds the spec of \(instrument.symbol)")
        }
        self.name = name
        self.serverTimeZone = serverTimeZone
        self.symbolMap = symbolMap
        self.overrides = overrides
    }

    /// The broker's spec for a canonical symbol when it overrides the catalog.
    public func override(for symbol: String) -> Instrument? { overrides[symbol.uppercased()] }

    public var description: String { "\(name) (server time \(serverTimeZone))" }
}
