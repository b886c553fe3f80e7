import Foundation

/// A fresh Ballast home under the temporary directory, removed when `body` returns.
func withTempHome<T>(_ body: (String) throws -> T) throws -> T {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("ballast-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url.path)
}

/// Every regular file under `root` with its bytes and modification time, keyed by relative path.
func snapshot(_ root: String) throws -> [String: (bytes: Data, modified: Date)] {
    var out: [String: (bytes: Data, modified: Date)] = [:]
    let fm = FileManager.default
    guard let walker = fm.enumerator(atPath: root) else { return out }
    for case let relative as String in walker {
        let path = root + "/" + relative
        let attributes = try fm.attributesOfItem(atPath: path)
        guard attributes[.type] as? FileAttributeType == .typeRegular else { continue }
        out[relative] = (try Data(contentsOf: URL(fileURLWithPath: path)), attributes[.modificationDate] as? Date ?? .distantPast)
    }
    return out
}
