/// The `key=value` lines of one section of a LightGBM text model (the header, or one `Tree=` block),
/// with their line numbers, and typed accessors that throw `ModelImportError.malformedLine`.
struct LightGBMSection {
    struct Entry {
        let line: Int
        let value: Substring
    }

    /// The line the section starts on, reported for keys that are missing.
    let startLine: Int
    private(set) var entries: [Substring: Entry] = [:]

    init(startLine: Int) { self.startLine = startLine }

    mutating func add(key: Substring, value: Substring, line: Int) {
        entries[key] = Entry(line: line, value: value)
    }

    func contains(_ key: String) -> Bool { entries[Substring(key)] != nil }

    /// The line of `key`, or the section's start when it is absent.
    func line(of key: String) -> Int { entries[Substring(key)]?.line ?? startLine }

    func string(_ key: String) throws(ModelImportError) -> Substring {
        guard let entry = entries[Substring(key)] else {
            throw .malformedLine(line: startLine, key: key, reason: "missing")
        }
        return entry.value
    }

    func int(_ key: String) throws(ModelImportError) -> Int {
        let text = try string(key)
        guard let value = Int(text) else { throw bad(key, "\"\(text)\" is not an integer") }
        return value
    }

    func ints(_ key: String, count: Int) throws(ModelImportError) -> [Int] {
        try list(key, count: count, kind: "an integer") { Int($0) }
    }

    func doubles(_ key: String, count: Int) throws(ModelImportError) -> [Double] {
        try list(key, count: count, kind: "a number") { Double($0) }
    }

    func bad(_ key: String, _ reason: String) -> ModelImportError {
        .malformedLine(line: line(of: key), key: key, reason: reason)
    }

    private func list<T>(_ key: String, count: Int, kind: String,
                         _ parse: (Substring) -> T?) throws(ModelImportError) -> [T] {
        let tokens = try string(key).split(separator: " ")
        guard tokens.count == count else { throw bad(key, "\(tokens.count) values, expected \(count)") }
        var values: [T] = []
        values.reserveCapacity(count)
        for (index, token) in tokens.enumerated() {
            guard let value = parse(token) else { throw bad(key, "value \(index) \"\(token)\" is not \(kind)") }
            values.append(value)
        }
        return values
    }
}
