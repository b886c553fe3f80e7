/// Builders for the statements the store runs, written once in the SQL both dialects accept
/// (`?` placeholders, `ON CONFLICT`), so each statement's text is fixed and its prepared
/// form is cached.
enum SQLText {
    static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }

    /// `count` rows of `width` placeholders: `(?, ?), (?, ?)`.
    static func valueRows(_ width: Int, count: Int) -> String {
        Array(repeating: "(\(placeholders(width)))", count: count).joined(separator: ", ")
    }

    /// An insert of `rows` rows (PostgreSQL types each row's binds by the target columns, as
    /// for one row).
    static func insert(_ table: String, _ columns: [String], rows: Int = 1, suffix: String = "") -> String {
        "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES \(valueRows(columns.count, count: rows))"
            + (suffix.isEmpty ? "" : " " + suffix)
    }

    /// An insert that replaces the non-key columns of an existing row with the same key.
    static func upsert(_ table: String, _ columns: [String], key: [String], rows: Int = 1) -> String {
        insert(table, columns, rows: rows, suffix: onConflictUpdate(columns, key: key))
    }

    /// `ON CONFLICT (key) DO UPDATE SET c = excluded.c, …` for the columns outside the key.
    static func onConflictUpdate(_ columns: [String], key: [String]) -> String {
        let updates = columns.filter { !key.contains($0) }.map { "\($0) = excluded.\($0)" }
        return "ON CONFLICT (\(key.joined(separator: ", "))) DO UPDATE SET " + updates.joined(separator: ", ")
    }

    static func select(_ columns: [String], from table: String, _ tail: String) -> String {
        "SELECT \(columns.joined(separator: ", ")) FROM \(table) \(tail)"
    }

    /// `SET a = ?, b = ?` for an update.
    static func assignments(_ columns: [String]) -> String {
        columns.map { "\($0) = ?" }.joined(separator: ", ")
    }
}
