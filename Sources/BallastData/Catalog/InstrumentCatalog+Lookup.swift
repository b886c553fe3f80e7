import BallastCore

extension InstrumentCatalog {
    /// Canonical symbols, sorted.
    public var symbols: [String] { instruments.keys.sorted() }

    /// The instrument for a canonical symbol (any case).
    public func instrument(_ symbol: String) -> Instrument? { instruments[symbol.uppercased()] }

    /// The instrument for a canonical symbol as `profile`'s broker specifies it.
    public func instrument(_ symbol: String, profile: BrokerProfile?) -> Instrument? {
        profile?.override(for: symbol) ?? instrument(symbol)
    }

    /// The canonical symbol for a broker's name: through `profile`'s map when given, else
    /// through the common aliases and affixes of the `guess` section.
    public func canonicalSymbol(for brokerName: String, profile: BrokerProfile?) throws(SymbolMapError) -> String {
        let map = profile?.symbolMap ?? commonSymbols
        return try map.canonical(for: brokerName) { instruments[$0] != nil }
    }

    /// Best-effort lookup for importers: the instrument a broker's symbol name stands for, or
    /// nil when no rule matches or the match is ambiguous. With a profile, its map is tried
    /// first and the common rules second; the profile's spec overrides apply.
    public func resolve(symbol: String, profile: BrokerProfile?) -> Instrument? {
        let isKnown: (String) -> Bool = { instruments[$0] != nil }
        if let profile, let canonical = try? profile.symbolMap.canonical(for: symbol, isKnown: isKnown) {
            return instrument(canonical, profile: profile)
        }
        guard let canonical = try? commonSymbols.canonical(for: symbol, isKnown: isKnown) else { return nil }
        return instrument(canonical, profile: profile)
    }

    /// The trading calendar of an instrument. Calendars of catalog sessions are shared (and
    /// so is their cache); a session from outside the catalog gets a new calendar, in UTC if
    /// its zone name is unknown.
    public func calendar(for instrument: Instrument) -> SessionCalendar {
        if let shared = calendars[instrument.session] { return shared }
        let zone = TimeZoneRule.named(instrument.session.timeZone) ?? .utc
        return SessionCalendar(template: instrument.session, zone: zone)
    }
}
