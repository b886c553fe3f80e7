import Foundation

/// A CSV of per-period returns, one column per strategy configuration, for `ballast validate`.
enum ReturnsMatrix {
    /// The column names and values; a `time` or `date` column is skipped. Errors name the line.
    static func read(_ path: String) throws -> (names: [String], columns: [[Double]]) {
        guard let data = FileManager.default.contents(atPath: path) else { throw CLIError(.usage, "\(path): cannot read the file") }
        let lines = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init)
        guard let header = lines.first else { throw CLIError(.usage, "\(path): empty file") }
        let fields = header.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        let kept = fields.indices.filter { !["time", "date", "timestamp"].contains(fields[$0].lowercased()) }
        guard !kept.isEmpty else { throw CLIError(.usage, "\(path): no return columns in the header") }
        var columns = Array(repeating: [Double](), count: kept.count)
        for (number, line) in lines.enumerated().dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            guard cells.count == fields.count else {
                throw CLIError(.usage, "\(path):\(number + 1): \(cells.count) fields, the header has \(fields.count)")
            }
            for (k, column) in kept.enumerated() {
                guard let value = Double(cells[column].trimmingCharacters(in: .whitespaces)), value.isFinite else {
                    throw CLIError(.usage, "\(path):\(number + 1): column \(fields[column]): '\(cells[column])' is not a finite number")
                }
                columns[k].append(value)
            }
        }
        guard columns[0].count >= 4 else { throw CLIError(.usage, "\(path): \(columns[0].count) rows are too few") }
        return (kept.map { fields[$0] }, columns)
    }
}
