import Foundation

/// A fresh folder under the temporary directory for one test's inputs and its Ballast home,
/// removed when the test's body returns.
struct Scratch {
    let root: String
    /// The `--home` of this test; its store is `home/store`.
    var home: String { root + "/home" }
    var store: String { home + "/store" }

    /// Runs `body` with a new scratch folder and removes it afterwards.
    static func with<T>(_ body: (Scratch) throws -> T) throws -> T {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ballast-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: url) }
        return try body(Scratch(root: url.path))
    }

    /// Writes `bytes` to `name` in the scratch folder and returns its path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = root + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Runs `ballast` with `--home` set to this test's home appended.
    func ballast(_ arguments: String...) throws -> CLIResult {
        try CLI.run(arguments + ["--home", home])
    }

    /// Runs `ballast` with `--home` set to this test's home appended, and `environment` added.
    func ballast(_ arguments: [String], environment: [String: String] = [:]) throws -> CLIResult {
        try CLI.run(arguments + ["--home", home], environment: environment)
    }

    /// The series `ballast data ls --json` lists for this home.
    func storedSeries() throws -> [String] {
        let result = try ballast("data", "ls", "--json")
        guard result.status == 0 else { throw CLIFailure(result: result) }
        return try result.json([ListedSeries].self).map(\.series)
    }

    /// Every regular file under the store with its bytes, modification time and inode, by relative path.
    func storeSnapshot() throws -> [String: FileState] {
        var out: [String: FileState] = [:]
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: store) else { return out }
        for case let relative as String in walker {
            let path = store + "/" + relative
            let attributes = try fm.attributesOfItem(atPath: path)
            guard attributes[.type] as? FileAttributeType == .typeRegular else { continue }
            out[relative] = FileState(bytes: try Data(contentsOf: URL(fileURLWithPath: path)),
                                      modified: attributes[.modificationDate] as? Date ?? .distantPast,
                                      inode: (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0)
        }
        return out
    }

    struct FileState: Equatable {
        var bytes: Data
        var modified: Date
        /// Replacing a file by renaming a new one over it changes this even when bytes match.
        var inode: UInt64
    }
}

/// A `ballast` run that should have succeeded and did not.
struct CLIFailure: Error, CustomStringConvertible {
    var result: CLIResult
    var description: String { result.description }
}
