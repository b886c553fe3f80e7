import Foundation

/// Finds the built `ballast` executable: beside the test bundle (SwiftPM puts every product of
/// one build in the same folder), else `.build/debug/ballast` in the repository, or the file
/// named by `BALLAST_BINARY`.
enum BallastBinary {
    static let path: String? = candidates.first { FileManager.default.isExecutableFile(atPath: $0) }

    static var candidates: [String] {
        if let override = ProcessInfo.processInfo.environment["BALLAST_BINARY"], !override.isEmpty { return [override] }
        var folders: [URL] = []
        if let executable = Bundle.main.executableURL { folders.append(executable.deletingLastPathComponent()) }
        if let first = CommandLine.arguments.first { folders.append(URL(fileURLWithPath: first).deletingLastPathComponent()) }
        // On macOS `xctest` hosts the bundle, so the bundle's own folder is the one to look in.
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        folders.append(repository.appendingPathComponent(".build/debug"))
        return folders.map { $0.appendingPathComponent("ballast").path }
    }
}
