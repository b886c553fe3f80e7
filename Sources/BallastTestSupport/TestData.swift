import Foundation

/// Locates the shared real market data (`../shared/data` beside the repository), or the
/// folder named by `BALLAST_SHARED_DATA`.
public enum TestData {
    public static let root: String = {
        if let override = ProcessInfo.processInfo.environment["BALLAST_SHARED_DATA"] { return override }
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return repo.deletingLastPathComponent().appendingPathComponent("shared/data").path
    }()

    /// The absolute path of a file given relative to the data folder (`mt5/XAUUSD_H1_….csv.gz`).
    public static func path(_ relative: String) -> String { root + "/" + relative }

    public static var isAvailable: Bool { FileManager.default.fileExists(atPath: root + "/manifest.json") }
}
