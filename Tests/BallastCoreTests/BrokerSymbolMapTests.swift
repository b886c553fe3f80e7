import Testing
@testable import BallastCore

@Suite struct BrokerSymbolMapTests {
    static let known: Set<String> = ["EURUSD", "XAUUSD", "US500", "US30", "NAS100"]
    static func isKnown(_ name: String) -> Bool { known.contains(name) }

    static let common = try! BrokerSymbolMap(
        aliases: ["XAUUSD": ["GOLD"], "US500": ["SPX500", "US500.cash"], "US30": ["US30m"]],
        affixes: [.suffix(".m"), .suffix("m"), .suffix(".cash"), .suffix(".pro"), .suffix("-ECN"), .suffix("_i"), .prefix("#")])

    @Test(arguments: [
        ("GOLD", "XAUUSD"), ("gold", "XAUUSD"), ("SPX500", "US500"), ("US500.cash", "US500"), ("US30m", "US30"),
        ("EURUSD", "EURUSD"), ("EURUSD.m", "EURUSD"), ("EURUSDm", "EURUSD"), ("EURUSD.pro", "EURUSD"),
        ("EURUSD-ECN", "EURUSD"), ("EURUSD_i", "EURUSD"), ("#US30", "US30"), ("GOLD.m", "XAUUSD"), ("NAS100.cash", "NAS100"),
    ])
    func inbound(broker: String, canonical: String) throws {
        #expect(try Self.common.canonical(for: broker, isKnown: Self.isKnown) == canonical)
    }

    @Test func unknownNames() {
        #expect(throws: SymbolMapError.unknown("ABCDEF.m")) { try Self.common.canonical(for: "ABCDEF.m", isKnown: Self.isKnown) }
        #expect(throws: SymbolMapError.unknown("m")) { try Self.common.canonical(for: "m", isKnown: Self.isKnown) }
    }

    @Test func outbound() throws {
        let ecn = try BrokerSymbolMap(affixes: [.suffix(".m")])
        #expect(try ecn.brokerName(for: "EURUSD") == "EURUSD.m")
        let exness = try BrokerSymbolMap(aliases: ["NAS100": ["USTECm"]], affixes: [.suffix("m")])
        #expect(try exness.brokerName(for: "NAS100") == "USTECm")
        #expect(try exness.brokerName(for: "XAUUSD") == "XAUUSDm")
        #expect(try exness.canonical(for: "USTECm", isKnown: Self.isKnown) == "NAS100")
        #expect(try BrokerSymbolMap.identity.brokerName(for: "US30") == "US30")
        let gold = try BrokerSymbolMap(aliases: ["XAUUSD": ["GOLD"]])
        #expect(try gold.brokerName(for: "XAUUSD") == "GOLD")
        #expect(try gold.brokerName(for: "EURUSD") == "EURUSD")
    }

    @Test func ambiguity() throws {
        // Two spellings for one symbol are fine for imports but not for sending orders.
        #expect(throws: SymbolMapError.ambiguous("US500", candidates: ["SPX500", "US500.cash"])) {
            try Self.common.brokerName(for: "US500")
        }
        #expect(throws: SymbolMapError.ambiguous("EURUSD", candidates: ["EURUSD.m", "EURUSDm"])) {
            try BrokerSymbolMap(affixes: [.suffix(".m"), .suffix("m")]).brokerName(for: "EURUSD")
        }
        // Two affix rules leading to two different known symbols.
        let map = try BrokerSymbolMap(affixes: [.suffix("m"), .suffix("30m")])
        #expect(throws: SymbolMapError.ambiguous("US30m", candidates: ["US", "US30"])) {
            try map.canonical(for: "US30m") { $0 == "US" || $0 == "US30" }
        }
        #expect(throws: SymbolMapError.conflictingAlias("GOLD", canonicals: ["XAGUSD", "XAUUSD"])) {
            try BrokerSymbolMap(aliases: ["XAUUSD": ["GOLD"], "XAGUSD": ["GOLD"]])
        }
    }
}
