import ArgumentParser
import Foundation

/// `--home`: where Ballast keeps its store and configuration.
struct HomeOption: ParsableArguments {
    @Option(name: .long, help: "Ballast home directory (default: $BALLAST_HOME, else ~/.ballast).")
    var home: String?

    /// The resolved home: the flag, else `BALLAST_HOME`, else `~/.ballast`.
    var path: String {
        if let home { return (home as NSString).expandingTildeInPath }
        if let env = ProcessInfo.processInfo.environment["BALLAST_HOME"], !env.isEmpty {
            return (env as NSString).expandingTildeInPath
        }
        return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".ballast").path
    }
}
