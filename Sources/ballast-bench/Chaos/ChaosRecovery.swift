import BallastExecution
import Foundation

/// What one restart of the trading process found and settled, logged by the child and summed
/// by the benchmark: it shows that kills really landed between write-ahead and acknowledgement.
struct ChaosRecovery: Codable {
    var resumedAt: Int
    /// Orders found `submitted` with no venue answer stored, by how they were settled.
    var adopted = 0, resent = 0, abandoned = 0, unresolved = 0
    /// Fills the venue made while the process was down (or before it stored them).
    var fillsCaughtUp = 0
    var mismatches = 0

    init(resumedAt: Int, report: ReconciliationReport) {
        self.resumedAt = resumedAt
        for resolution in report.resolutions.values {
            switch resolution {
            case .adopted: adopted += 1
            case .resent: resent += 1
            case .abandoned: abandoned += 1
            case .unresolved: unresolved += 1
            }
        }
        fillsCaughtUp = report.fills.recorded.count
        mismatches = report.mismatches.count
    }

    func append(to path: String) throws {
        let line = try JSONEncoder().encode(self) + Data("\n".utf8)
        guard let handle = FileHandle(forWritingAtPath: path) else { return try line.write(to: URL(fileURLWithPath: path)) }
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: line)
    }

    /// Every restart's record in the log at `path` (a line torn by a kill is skipped).
    static func all(in path: String) -> [ChaosRecovery] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { try? JSONDecoder().decode(ChaosRecovery.self, from: Data($0.utf8)) }
    }
}
