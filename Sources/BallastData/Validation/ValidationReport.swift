/// The result of validating one series: what came in, what went out, and every finding.
public struct ValidationReport: Codable, Sendable, Equatable {
    /// `bars`, `ticks` or `values`.
    public var payloadKind: String
    public var rowsIn: Int
    public var rowsOut: Int
    /// In the order the checks ran (ordering, duplicates, row checks, spikes, sessions, gaps).
    public var findings: [Finding]
    /// Facts about the validation itself (no calendar, an inferred bar length).
    public var notes: [String]
    /// True when any finding's action is `reject`: the import must then store nothing.
    public var rejected: Bool

    public init(payloadKind: String, rowsIn: Int, rowsOut: Int, findings: [Finding], notes: [String] = []) {
        self.payloadKind = payloadKind
        self.rowsIn = rowsIn
        self.rowsOut = rowsOut
        self.findings = findings
        self.notes = notes
        self.rejected = findings.contains { $0.action == .reject }
    }

    /// The findings of one kind.
    public func findings(_ kind: FindingKind) -> [Finding] { findings.filter { $0.kind == kind } }

    /// One line: rows in and out, findings, and whether the import is accepted.
    public var summary: String {
        let verdict = rejected
            ? "REJECTED (" + findings.filter { $0.action == .reject }.map(\.kind.rawValue).joined(separator: ", ") + ")"
            : "accepted"
        let noun = findings.count == 1 ? "finding" : "findings"
        return "\(rowsIn) \(payloadKind) in, \(rowsOut) out, \(findings.count) \(noun): \(verdict)"
    }

    /// An aligned table (kind, action, count, message), then notes and the summary line.
    public func renderTable() -> String {
        let header = ["KIND", "ACTION", "COUNT", "MESSAGE"]
        let rows = findings.map { [$0.kind.rawValue, $0.action.rawValue, String($0.count), $0.message] }
        var widths = header.map(\.count)
        for row in rows {
            for column in 0..<3 { widths[column] = max(widths[column], row[column].count) }
        }
        func line(_ cells: [String]) -> String {
            var text = ""
            for column in 0..<3 {
                let cell = cells[column]
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                text += column == 2 ? padding + cell : cell + padding
                text += "  "
            }
            return text + cells[3]
        }
        var lines: [String] = []
        if !rows.isEmpty { lines.append(line(header)) }
        lines += rows.map(line)
        lines += notes.map { "note: " + $0 }
        lines.append(summary)
        return lines.joined(separator: "\n")
    }
}
