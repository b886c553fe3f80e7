import Foundation

/// Files the commands write on request (`--out`, `--report`, `--trades`).
enum OutputFile {
    /// Writes `data` to `path`; a store error naming the path when it cannot.
    static func write(_ data: Data, to path: String) throws {
        do { try data.write(to: URL(fileURLWithPath: path)) } catch {
            throw CLIError(.storeError, "\(path): cannot write: \(error.localizedDescription)")
        }
    }
}
