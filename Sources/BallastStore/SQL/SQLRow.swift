/// One result row: values by column position, with the column names for lookups by name.
public struct SQLRow: Sendable, Hashable {
    public var columns: [String]
    public var values: [SQLValue]

    public init(columns: [String], values: [SQLValue]) {
        self.columns = columns
        self.values = values
    }

    /// The value in the column named `name`; `.null` when there is no such column.
    public subscript(name: String) -> SQLValue {
        guard let index = columns.firstIndex(of: name) else { return .null }
        return values[index]
    }
}
