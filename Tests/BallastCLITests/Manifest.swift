import BallastTestSupport

extension Manifest {
    /// The command-line options a file needs beyond detection: MT5 exports do not state their
    /// zone, and the Yahoo gold file lost the `=` of `GC=F` from its name.
    static func extraOptions(for file: String) -> [String] {
        if file.hasPrefix("mt5/") { return ["--tz", "UTC"] }
        if file.hasPrefix("yahoo/GC_F_") { return ["--symbol", "GC"] }
        return []
    }
}
