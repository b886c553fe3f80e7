import BallastCore

/// Turns a merged catalog `ConfigNode` tree into typed values. The schema is documented at
/// the top of `Resources/instruments.yaml`.
struct CatalogDecoder {
    static let rootKeys: Set<String> = ["sessions", "defaults", "instruments", "brokers", "guess"]
    static let instrumentKeys: Set<String> = [
        "class", "base", "quote", "digits", "tick_size", "tick_value", "contract_size", "volume_min",
        "volume_step", "volume_max", "margin_rate", "swap_long", "swap_short", "triple_swap", "session",
    ]
    /// YAML key of each `Instrument.init` parameter, to point spec errors at their line.
    static let instrumentFields: [String: String] = [
        "baseCurrency": "base", "quoteCurrency": "quote", "digits": "digits", "tickSize": "tick_size",
        "tickValue": "tick_value", "contractSize": "contract_size", "volumeMin": "volume_min",
        "volumeStep": "volume_step", "volumeMax": "volume_max", "marginRate": "margin_rate",
    ]

    let root: ConfigNode
    /// Session templates decoded so far, by name.
    var sessions: [String: SessionTemplate] = [:]
    /// Zone rules by name, resolved once per load.
    var zones: [String: TimeZoneRule] = [:]

    init(root: ConfigNode) throws(ConfigFileError) {
        self.root = root
        try root.checkKeys(Self.rootKeys)
    }

    /// The instrument nodes with their class defaults laid underneath, by canonical symbol.
    func instrumentNodes() throws(ConfigFileError) -> [(symbol: String, node: ConfigNode)] {
        guard let section = root["instruments"] else { return [] }
        var out: [(symbol: String, node: ConfigNode)] = []
        for (symbol, node) in try section.mapping() {
            guard symbol == symbol.uppercased() else { throw node.error("canonical symbols are upper case") }
            try node.checkKeys(Self.instrumentKeys)
            let assetClass = try node.require("class").string()
            let defaults = root["defaults"]?[assetClass]
            out.append((symbol, defaults.map { node.merged(over: $0) } ?? node))
        }
        return out
    }

    /// One instrument from its (already merged) node.
    func instrument(_ symbol: String, _ node: ConfigNode) throws(ConfigFileError) -> Instrument {
        let classNode = try node.require("class")
        guard let assetClass = AssetClass(rawValue: try classNode.string()) else {
            throw classNode.error("unknown asset class (expected one of: fx, index, metal, crypto)")
        }
        let quote = try node.require("quote").string()
        let sessionNode = try node.require("session")
        guard let session = sessions[try sessionNode.string()] else {
            throw sessionNode.error("no session named \"\(try sessionNode.string())\" under sessions")
        }
        do {
            return try Instrument(
                symbol: symbol, assetClass: assetClass, baseCurrency: try node.require("base").string(),
                quoteCurrency: quote, digits: try node.require("digits").int(),
                tickSize: try node["tick_size"]?.price(),
                tickValue: try node["tick_value"]?.money(currency: quote),
                contractSize: try node.require("contract_size").quantity(),
                volumeMin: try node.require("volume_min").quantity(), volumeStep: try node.require("volume_step").quantity(),
                volumeMax: try node.require("volume_max").quantity(), marginRate: try node.require("margin_rate").double(),
                swapLong: try node["swap_long"]?.points() ?? .zero, swapShort: try node["swap_short"]?.points() ?? .zero,
                tripleSwapDay: try tripleSwapDay(node["triple_swap"]), session: session)
        } catch let error as InstrumentSpecError {
            let key = Self.instrumentFields[error.field]
            throw (key.flatMap { node[$0] } ?? node).error(error.message)
        } catch let error as ConfigFileError {
            throw error
        } catch {
            throw node.error("\(error)")
        }
    }

    private func tripleSwapDay(_ node: ConfigNode?) throws(ConfigFileError) -> Weekday? {
        guard let node else { return nil }
        let text = try node.string()
        if text.lowercased() == "none" { return nil }
        guard let day = Weekday(name: text) else { throw node.error("expected a weekday such as wed, or none") }
        return day
    }
}
