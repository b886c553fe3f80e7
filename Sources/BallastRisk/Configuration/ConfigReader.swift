import BallastCore

/// A coding key for any mapping key.
struct ConfigKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// Reads one configuration mapping with validation: every scalar is read as text and parsed
/// exactly, so a malformed or negative number, an unknown name or an unknown key becomes a
/// `RiskConfigurationError` naming the key path and the bad value.
struct ConfigReader {
    let container: KeyedDecodingContainer<ConfigKey>

    init(_ decoder: any Decoder, allowed: Set<String>?) throws {
        container = try decoder.container(keyedBy: ConfigKey.self)
        try checkKeys(allowed)
    }

    init(_ container: KeyedDecodingContainer<ConfigKey>, allowed: Set<String>?) throws {
        self.container = container
        try checkKeys(allowed)
    }

    var keys: [String] { container.allKeys.map(\.stringValue).sorted() }

    func path(_ key: String) -> String {
        (container.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue } + [key]).joined(separator: ".")
    }

    func fail(_ key: String, _ value: String, _ message: String) -> RiskConfigurationError {
        RiskConfigurationError(path: path(key), value: value, message: message)
    }

    func text(_ key: String) throws -> String? {
        do {
            return try container.decodeIfPresent(String.self, forKey: ConfigKey(key))
        } catch {
            throw fail(key, "(not a scalar)", "expected a single value")
        }
    }

    func nested(_ key: String, allowed: Set<String>?) throws -> ConfigReader? {
        guard container.contains(ConfigKey(key)) else { return nil }
        do {
            return try ConfigReader(container.nestedContainer(keyedBy: ConfigKey.self, forKey: ConfigKey(key)), allowed: allowed)
        } catch let error as RiskConfigurationError {
            throw error
        } catch {
            throw fail(key, (try? text(key)).flatMap { $0 } ?? "(not a mapping)", "expected a mapping")
        }
    }

    func strings(_ key: String) throws -> [String]? {
        do {
            return try container.decodeIfPresent([String].self, forKey: ConfigKey(key))
        } catch {
            throw fail(key, (try? text(key)).flatMap { $0 } ?? "(not a list)", "expected a list of names")
        }
    }

    private func checkKeys(_ allowed: Set<String>?) throws {
        guard let allowed else { return }
        if let unknown = keys.first(where: { !allowed.contains($0) }) {
            throw fail(unknown, unknown, "unknown key; expected one of \(allowed.sorted().joined(separator: ", "))")
        }
    }
}
