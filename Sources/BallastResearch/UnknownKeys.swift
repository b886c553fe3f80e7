/// Refuses keys a decoded configuration value does not know, so that a misspelt key in a spec
/// or a gate is an error naming it instead of a setting silently left at its default.
enum UnknownKeys {
    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Throws a `DecodingError` at the first key of `decoder`'s object not in `known`.
    static func check(_ decoder: any Decoder, known: [String], in what: String) throws {
        let all = try decoder.container(keyedBy: AnyKey.self)
        if let unknown = all.allKeys.first(where: { !known.contains($0.stringValue) }) {
            throw DecodingError.dataCorruptedError(forKey: unknown, in: all,
                debugDescription: "unknown \(what) key '\(unknown.stringValue)'; expected one of \(known.sorted().joined(separator: ", "))")
        }
    }
}
