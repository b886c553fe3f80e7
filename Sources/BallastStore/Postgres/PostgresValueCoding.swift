import PostgresNIO

/// Converts between `SQLValue` and PostgreSQL's wire values: binds go out as int8, float8, text,
/// bytea or an untyped NULL; result cells come back by their column's data type.
enum PostgresValueCoding {
    static func bindings(_ values: [SQLValue]) -> PostgresBindings {
        var bindings = PostgresBindings(capacity: values.count)
        for value in values {
            switch value {
            case .null: bindings.appendNull()
            case .integer(let int): bindings.append(int)
            case .real(let double): bindings.append(double)
            case .text(let string): bindings.append(string)
            case .blob(let bytes): bindings.append(ByteBuffer(bytes: bytes))
            }
        }
        return bindings
    }

    /// Every row of one result: the column names are read once and shared by all of its rows.
    static func rows(_ rows: [PostgresRow]) throws(StoreError) -> [SQLRow] {
        guard let first = rows.first else { return [] }
        let columns = first.map(\.columnName)
        var result: [SQLRow] = []
        result.reserveCapacity(rows.count)
        for row in rows {
            var values: [SQLValue] = []
            values.reserveCapacity(columns.count)
            for cell in row { values.append(try value(cell)) }
            result.append(SQLRow(columns: columns, values: values))
        }
        return result
    }

    /// int2/4/8 and bool → integer; float4/8 → real; numeric → integer when it is a whole number
    /// that fits Int64 (so `SUM(bigint)` stays exact), else real; bytea → blob; other types → text.
    static func value(_ cell: PostgresCell) throws(StoreError) -> SQLValue {
        guard var buffer = cell.bytes else { return .null }
        do {
            switch cell.dataType {
            case .int2: return .integer(Int64(try cell.decode(Int16.self)))
            case .int4: return .integer(Int64(try cell.decode(Int32.self)))
            case .int8: return .integer(try cell.decode(Int64.self))
            case .bool: return .integer(try cell.decode(Bool.self) ? 1 : 0)
            case .float4, .float8: return .real(try cell.decode(Double.self))
            case .numeric:
                guard cell.format == .binary, let number = PostgresNumericValue(buffer: &buffer) else {
                    throw invalid(cell, "an unreadable numeric")
                }
                return number.sqlValue
            case .bytea: return .blob(Array(buffer: buffer))
            default: return .text(try cell.decode(String.self))
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw invalid(cell, "type \(cell.dataType)")
        }
    }

    private static func invalid(_ cell: PostgresCell, _ what: String) -> StoreError {
        StoreError(.invalidData, "column \(cell.columnName) holds \(what) that Ballast cannot read")
    }
}
