

/// A broker's systematic decoration of canonical names.
public enum SymbolAffix: Hashable, Sendable, CustomStringConvertible {
    case prefix(String)
    case suffix(String)

    /// The decorated name (`EURUSD` → `EURUSD.m`).
    public func apply(to name: String) -> String {
        switch self {
        case .prefix(let text): return text + name
        case .suffix(let text): return name + text
        }
    }

    /// The name without the decoration, or nil when it is not decorated this way (or is only
    /// the decoration). Matching ignores case, as broker spellings vary (`m`, `M`).
    public func strip(_ name: String) -> String? {
        let lowerName = name.lowercased()
        switch self {
        case .prefix(let text):
            guard !text.isEmpty, name.count > text.count, lowerName.hasPrefix(text.lowercased()) else { return nil }
            return String(name.dropFirst(text.count))
        case .suffix(let text):
            guard !text.isEmpty, name.count > text.count, lowerName.hasSuffix(text.lowercased()) else { return nil }
            return String(name.dropLast(text.count))
        }
    }

    public var description: String {
        switch self {
        case .prefix(let text): return "prefix \"\(text)\""
        case .suffix(let text): return "suffix \"\(text)\""
        }
    }
}
