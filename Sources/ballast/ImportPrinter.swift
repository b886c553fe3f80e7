import ArgumentParser
import BallastData
import Foundation

/// Prints import outcomes as tables or JSON, and picks the exit status.
enum ImportPrinter {
    static func finish(_ outcomes: [FileImport], json: Bool) throws {
        if json {
            print(try JSONOutput.encode(outcomes))
        } else {
            for outcome in outcomes { print(render(outcome)) }
        }
        let status = outcomes.map(status(of:)).max(by: { $0.severity < $1.severity }) ?? .success
        if status != .success {
            if !json {
                for outcome in outcomes {
                    if let message = errorLine(outcome) { Terminal.printError("error: \(message)") }
                }
            }
            throw ExitCode(status.rawValue)
        }
    }

    /// The one-line reason a file was not stored, for stderr: read failures and rejections alike,
    /// so a script that only keeps stderr learns which file failed and why.
    static func errorLine(_ outcome: FileImport) -> String? {
        if let error = outcome.error { return error.message }
        guard outcome.status == .rejected else { return nil }
        let kinds = outcome.findings.filter { $0.action == .reject }.map(\.kind.rawValue)
        return "\(outcome.path): validation rejected the data (\(kinds.joined(separator: ", "))); nothing was stored"
    }

    static func status(of outcome: FileImport) -> ExitStatus {
        switch outcome.status {
        case .stored, .unchanged, .validated: return .success
        case .rejected: return .rejected
        case .failed:
            switch outcome.error?.code {
            case "needsTimeZone", "badOption", "needsSymbol", "needsTimeframe": return .configError
            case "store": return .storeError
            default: return .inputError
            }
        }
    }

    static func render(_ o: FileImport) -> String {
        var lines = ["\(o.path): \(o.status.rawValue)"]
        if let format = o.format {
            lines.append("  format     \(format)" + (o.detection.map { " (\($0))" } ?? ""))
        }
        if let symbol = o.symbol {
            let stored = o.instrument.map { $0 == symbol ? "" : " → \($0)" } ?? ""
            lines.append("  series     \(symbol)\(stored) \(o.timeframe ?? o.kind ?? "")  zone \(o.zone ?? "?")")
        }
        if o.rows > 0 {
            lines.append("  rows       \(o.rows) read, \(o.valid) valid, \(o.stored) stored, \(o.unchanged) already stored"
                         + (o.conflicts > 0 ? ", \(o.conflicts) conflicting" : ""))
        }
        if let first = o.first, let last = o.last { lines.append("  span       \(first) → \(last)") }
        for note in o.notes { lines.append("  note       \(note)") }
        if o.validation != nil {
            let report = ValidationReport(payloadKind: o.kind ?? "", rowsIn: o.rows, rowsOut: o.valid, findings: o.findings)
            lines.append(report.renderTable().split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n"))
        }
        return lines.joined(separator: "\n")
    }
}

extension ExitStatus {
    /// Which status wins when files end differently.
    var severity: Int {
        switch self {
        case .success: 0
        case .rejected: 1
        case .inputError: 2
        case .configError: 3
        case .storeError: 4
        case .usage: 5
        }
    }
}
