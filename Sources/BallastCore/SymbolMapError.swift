/// Why a symbol could not be translated between a broker's spelling and the canonical one.
public enum SymbolMapError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No alias or affix rule leads from this name to a known symbol.
    case unknown(String)
    /// Several rules lead to different symbols (or names); the candidates are sorted.
    case ambiguous(String, candidates: [String])
    /// One broker name was declared an alias of several canonical symbols.
    case conflictingAlias(String, canonicals: [String])

    public var description: String {
        switch self {
        case .unknown(let name):
            return "no known symbol matches \"\(name)\""
        case .ambiguous(let name, let candidates):
            return "\"\(name)\" is ambiguous: it could be " + candidates.joined(separator: ", ")
        case .conflictingAlias(let name, let canonicals):
            return "alias \"\(name)\" is declared for several symbols: " + canonicals.joined(separator: ", ")
        }
    }
}
