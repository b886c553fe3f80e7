import BallastCore

extension CatalogDecoder {
    static let profileKeys: Set<String> = ["server_time_zone", "suffixes", "prefixes", "aliases", "overrides"]

    /// Every profile under `brokers`. `instrumentNodes` are the catalog's merged instrument
    /// nodes, under which a profile's overrides are laid field by field.
    func profiles(instrumentNodes: [String: ConfigNode]) throws(ConfigFileError) -> [String: BrokerProfile] {
        guard let section = root["brokers"] else { return [:] }
        var out: [String: BrokerProfile] = [:]
        for (name, node) in try section.mapping() {
            try node.checkKeys(Self.profileKeys)
            let zoneNode = try node.require("server_time_zone")
            let zone = try zoneNode.string()
            guard TimeZoneRule.named(zone) != nil else { throw zoneNode.error("unknown time zone \"\(zone)\"") }
            let map = try symbolMap(node)
            var overrides: [String: Instrument] = [:]
            for (symbol, patch) in try node["overrides"]?.mapping() ?? [] {
                guard let base = instrumentNodes[symbol] else { throw patch.error("\(symbol) is not in the catalog") }
                try patch.checkKeys(Self.instrumentKeys)
                overrides[symbol] = try instrument(symbol, patch.merged(over: base))
            }
            do throws(InstrumentSpecError) {
                out[name] = try BrokerProfile(name: name, serverTimeZone: zone, symbolMap: map, overrides: overrides)
            } catch { throw node.error(error.description) }
        }
        return out
    }

    /// The `suffixes`, `prefixes` and `aliases` keys of a profile or of `guess`.
    func symbolMap(_ node: ConfigNode) throws(ConfigFileError) -> BrokerSymbolMap {
        var affixes: [SymbolAffix] = []
        for text in try node["prefixes"]?.strings() ?? [] { affixes.append(.prefix(text)) }
        for text in try node["suffixes"]?.strings() ?? [] { affixes.append(.suffix(text)) }
        var aliases: [String: [String]] = [:]
        for (symbol, names) in try node["aliases"]?.mapping() ?? [] { aliases[symbol] = try names.strings() }
        do throws(SymbolMapError) {
            return try BrokerSymbolMap(aliases: aliases, affixes: affixes)
        } catch {
            throw (node["aliases"] ?? node).error(error.description)
        }
    }
}
