/// Builders for the statements the store runs, written once in the SQL both dialects accept
/// (`?` placeholders, `ON CONFLICT`), so each statement's text is fixed and its prepared
/// form is cached.
enum SQLText {
    static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }

    static func insert(_ table: String, _ columns: [String], suffix: String = "") -> String {
        "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(placeholders(columns.count)))"
            + (suffix.isEmpty ? "" : " " + suffix)
    }

    /// An insert that replaces the non-key columns of an existing row with the same key.
    static func upsert(_ table: String, _ columns: [String], key: [String]) -> String {
        let updates = columns.filter { !key.contains($0) }.map { "\($0) = excluded.\($0)" }
        return insert(table, columns, suffix: "ON CONFLICT (\(key.joined(separator: ", "))) DO UPDATE SET "
                      + updates.joined(separator: ", "))
    }

    static func select(_ columns: [String], from table: String, _ tail: String) -> String {
        "SELECT \(columns.joined(separator: ", ")) FROM \(table) \(tail)"
    }

    /// `SET a = ?, b = ?` for an update.
    static func assignments(_ columns: [String]) -> String {
        columns.map { "\($0) = ?" }.joined(separator: ", ")
    }
}
