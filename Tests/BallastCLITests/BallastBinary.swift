import Foundation

/// Finds a built executable (`ballast`, `ballast-bench`): beside the test bundle (SwiftPM puts
/// every product of one build in the same folder), else in `.build/debug` in the repository, or,
/// for `ballast`, the file named by `BALLAST_BINARY`.
enum BallastBinary {
    static let path: String? = path(of: "ballast")

    static func path(of name: String) -> String? {
        candidates(name).first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func candidates(_ name: String = "ballast") -> [String] {
        if name == "ballast", let override = ProcessInfo.processInfo.environment["BALLAST_BINARY"], !override.isEmpty {
            return [override]
        }
        var folders: [URL] = []
        if let executable = Bundle.main.executableURL { folders.append(executable.deletingLastPathComponent()) }
        if let first = CommandLine.arguments.first { folders.append(URL(fileURLWithPath: first).deletingLastPathComponent()) }
        // On macOS `xctest` hosts the bundle, so the bundle's own folder is the one to look in.
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        folders.append(repository.appendingPathComponent(".build/debug"))
        return folders.map { $0.appendingPathComponent(name).path }
    }
}
