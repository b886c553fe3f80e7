

/// Translates between canonical symbols (`XAUUSD`, `US500`) and one broker's spellings
/// (`GOLD`, `US500.cash`, `EURUSD.m`), in both directions.
///
/// Explicit aliases win over affix rules. Inbound (broker → canonical, for imports) tries the
/// name as is, then every matching prefix/suffix rule, and refuses to guess between two
/// different answers. Outbound (canonical → broker, for orders) uses the single alias if there
/// is one, else the single affix rule, and refuses when there are several.
public struct BrokerSymbolMap: Hashable, Sendable {
    /// Broker spellings by canonical symbol, as declared.
    public let aliases: [String: [String]]
    /// Affix rules in declaration order.
    public let affixes: [SymbolAffix]
    /// Canonical symbol by upper-cased broker alias.
    private let inbound: [String: String]

    public init(aliases: [String: [String]] = [:], affixes: [SymbolAffix] = []) throws(SymbolMapError) {
        var inbound: [String: String] = [:]
        var conflicts: [String: Set<String>] = [:]
        for (canonical, names) in aliases {
            for name in names {
                let key = name.uppercased()
                if let other = inbound[key], other != canonical.uppercased() {
                    conflicts[name, default: [other]].insert(canonical.uppercased())
                }
                inbound[key] = canonical.uppercased()
            }
        }
        if let (name, canonicals) = conflicts.min(by: { $0.key < $1.key }) {
            throw .conflictingAlias(name, canonicals: canonicals.sorted())
        }
        self.init(checked: aliases, affixes: affixes, inbound: inbound)
    }

    /// A map that leaves every name unchanged.
    public static let identity = BrokerSymbolMap(checked: [:], affixes: [], inbound: [:])

    private init(checked aliases: [String: [String]], affixes: [SymbolAffix], inbound: [String: String]) {
        self.aliases = aliases
        self.affixes = affixes
        self.inbound = inbound
    }

    /// The canonical symbol for a broker's name. `isKnown` says whether a candidate canonical
    /// symbol exists (the catalog); candidates are upper-cased before the question.
    public func canonical(for brokerName: String, isKnown: (String) -> Bool) throws(SymbolMapError) -> String {
        if let hit = direct(brokerName, isKnown: isKnown) { return hit }
        var found: Set<String> = []
        for affix in affixes {
            guard let stripped = affix.strip(brokerName), let hit = direct(stripped, isKnown: isKnown) else { continue }
            found.insert(hit)
        }
        if found.count == 1, let only = found.first { return only }
        if found.isEmpty { throw .unknown(brokerName) }
        throw .ambiguous(brokerName, candidates: found.sorted())
    }

    /// The name to send to the broker for a canonical symbol.
    public func brokerName(for canonical: String) throws(SymbolMapError) -> String {
        let key = canonical.uppercased()
        let declared = aliases.filter { $0.key.uppercased() == key }.flatMap(\.value)
        if declared.count == 1 { return declared[0] }
        if declared.count > 1 { throw .ambiguous(canonical, candidates: declared.sorted()) }
        if affixes.isEmpty { return canonical }
        let spelled = Set(affixes.map { $0.apply(to: canonical) })
        if spelled.count == 1, let only = spelled.first { return only }
        throw .ambiguous(canonical, candidates: spelled.sorted())
    }

    /// An alias, or the name itself when it is a known canonical symbol.
    private func direct(_ name: String, isKnown: (String) -> Bool) -> String? {
        let key = name.uppercased()
        if let canonical = inbound[key] { return canonical }
        return isKnown(key) ? key : nil
    }
}
