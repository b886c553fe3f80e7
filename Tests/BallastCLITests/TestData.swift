import Foundation

/// Locates the shared real market data (`../shared/data` beside the repository), or the
/// folder named by `BALLAST_SHARED_DATA`.
enum TestData {
    static let root: String = {
        if let override = ProcessInfo.processInfo.environment["BALLAST_SHARED_DATA"] { return override }
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return repo.deletingLastPathComponent().appendingPathComponent("shared/data").path
    }()

    static func path(_ relative: String) -> String { root + "/" + relative }

    static var isAvailable: Bool { FileManager.default.fileExists(atPath: root + "/manifest.json") }
}
