/// One result row: values by column position, with the column names for lookups by name.
public struct SQLRow: Sendable, Hashable {
    public var columns: [String]
    public var values: [SQLValue]

    public init(columns: [String], values: [SQLValue]) {
        self.columns = columns
        self.values = values
    }

    /// The values at `range`, named `names` (a joined row read back as one of its tables).
    public func slice(_ range: Range<Int>, as names: [String]) throws(StoreError) -> SQLRow {
        guard range.count == names.count, range.upperBound <= values.count else {
            throw StoreError(.invalidData, "a row of \(values.count) columns has no \(names.count) columns at \(range)")
        }
        return SQLRow(columns: names, values: Array(values[range]))
    }

    /// The value in the column named `name`; `.null` when there is no such column.
    public subscript(name: String) -> SQLValue {
        guard let index = columns.firstIndex(of: name) else { return .null }
        return values[index]
    }
}
