import BallastCore
import Foundation

/// The instruments Ballast knows, their sessions, and the broker profiles that spell them.
///
/// Built from YAML: the catalog shipped in the package (`shipped()`), optionally with a
/// user's file of the same schema laid over it key by key (`merging(yaml:file:)`), so a user
/// can change one swap without restating the instrument.
public struct InstrumentCatalog: Sendable {
    /// Instruments by canonical symbol.
    public let instruments: [String: Instrument]
    /// Session templates by name.
    public let sessions: [String: SessionTemplate]
    /// Broker profiles by name.
    public let profiles: [String: BrokerProfile]
    /// Aliases and affixes tried by `resolve` when no profile is given (the `guess` section).
    public let commonSymbols: BrokerSymbolMap
    /// One calendar per session template, shared by every instrument that trades it.
    let calendars: [SessionTemplate: SessionCalendar]
    /// The merged YAML tree, kept so that a further user file can be laid over it.
    private let tree: ConfigNode?

    /// A catalog from one YAML document; `file` names it in errors.
    public init(yaml: String, file: String) throws(ConfigFileError) {
        try self.init(tree: try ConfigNode.parse(yaml: yaml, file: file))
    }

    /// This catalog with a user's YAML (same schema) laid over it: mappings merge key by key,
    /// lists and values replace.
    public func merging(yaml: String, file: String) throws(ConfigFileError) -> InstrumentCatalog {
        guard let top = try ConfigNode.parse(yaml: yaml, file: file) else { return self }
        return try InstrumentCatalog(tree: tree.map { top.merged(over: $0) } ?? top)
    }

    /// This catalog with a user's YAML file laid over it.
    public func merging(contentsOf path: String) throws(ConfigFileError) -> InstrumentCatalog {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ConfigFileError(file: path, keyPath: "", "cannot read the file as UTF-8 text")
        }
        return try merging(yaml: text, file: path)
    }

    /// The catalog shipped with Ballast (`Resources/instruments.yaml`), parsed once per process.
    public static func shipped() throws(ConfigFileError) -> InstrumentCatalog {
        try shippedResult.get()
    }

    private static let shippedResult: Result<InstrumentCatalog, ConfigFileError> = {
        guard let url = Bundle.module.url(forResource: "instruments", withExtension: "yaml"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            return .failure(ConfigFileError(file: "instruments.yaml", keyPath: "", "the shipped catalog is missing from the bundle"))
        }
        return Result { () throws(ConfigFileError) in try InstrumentCatalog(yaml: text, file: url.lastPathComponent) }
    }()

    private init(tree: ConfigNode?) throws(ConfigFileError) {
        self.tree = tree
        guard let tree else {
            (instruments, sessions, profiles, commonSymbols, calendars) = ([:], [:], [:], .identity, [:])
            return
        }
        var decoder = try CatalogDecoder(root: tree)
        try decoder.decodeSessions()
        var instruments: [String: Instrument] = [:]
        var nodes: [String: ConfigNode] = [:]
        for (symbol, node) in try decoder.instrumentNodes() {
            instruments[symbol] = try decoder.instrument(symbol, node)
            nodes[symbol] = node
        }
        self.instruments = instruments
        sessions = decoder.sessions
        profiles = try decoder.profiles(instrumentNodes: nodes)
        commonSymbols = try tree["guess"].map { node throws(ConfigFileError) in
            try node.checkKeys(["suffixes", "prefixes", "aliases"])
            return try decoder.symbolMap(node)
        } ?? .identity
        var calendars: [SessionTemplate: SessionCalendar] = [:]
        for template in decoder.sessions.values {
            guard let zone = decoder.zones[template.timeZone] else { continue }
            calendars[template] = SessionCalendar(template: template, zone: zone)
        }
        self.calendars = calendars
    }
}
