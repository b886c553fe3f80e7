import Testing
@testable import BallastStore

@Suite struct PostgresStatementTests {
    @Test func numbersPlaceholdersInOrder() {
        let statement = PostgresStatement("INSERT INTO t (a, b, c) VALUES (?, ?, ?)")
        #expect(statement.sql == "INSERT INTO t (a, b, c) VALUES ($1, $2, $3)")
        #expect(statement.parameterCount == 3)
        #expect(statement.statements == [statement.sql])
    }

    @Test func leavesQuotedTextAndCommentsAlone() {
        let sql = "SELECT '?', 'it''s ?', \"we?ird\", ? -- why?\n/* what? */ FROM t WHERE x = ?"
        let statement = PostgresStatement(sql)
        #expect(statement.sql == "SELECT '?', 'it''s ?', \"we?ird\", $1 -- why?\n/* what? */ FROM t WHERE x = $2")
        #expect(statement.parameterCount == 2)
    }

    @Test func leavesDollarQuotedBodiesAlone() {
        let sql = "CREATE FUNCTION f() RETURNS trigger AS $body$ BEGIN RAISE '?; no'; END $body$ LANGUAGE plpgsql"
        let statement = PostgresStatement(sql)
        #expect(statement.sql == sql)
        #expect(statement.parameterCount == 0)
        #expect(statement.statements.count == 1)
        #expect(PostgresStatement("SELECT $$?$$, ?").sql == "SELECT $$?$$, $1")
    }

    @Test func existingNumberedParametersAndIdentifiersWithDollarsAreNotQuotes() {
        #expect(PostgresStatement("SELECT $1, a$b$ FROM t WHERE y = ?").sql == "SELECT $1, a$b$ FROM t WHERE y = $1")
    }

    @Test func splitsScriptsAtTopLevelSemicolons() {
        let script = """
            -- a migration
            CREATE TABLE a (x TEXT DEFAULT ';');
            CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN RAISE 'x'; END; $$ LANGUAGE plpgsql;
            /* trailing comment */ ;
            """
        let pieces = PostgresStatement(script).statements
        #expect(pieces.count == 2)
        #expect(pieces[0].contains("CREATE TABLE a (x TEXT DEFAULT ';');"))
        #expect(pieces[1].contains("END; $$ LANGUAGE plpgsql;"))
        #expect(PostgresStatement("  -- nothing\n").statements.isEmpty)
        #expect(PostgresStatement("SELECT 1;").statements == ["SELECT 1;"])
    }

    @Test func placeholderNumbersPastNine() {
        let sql = Array(repeating: "?", count: 12).joined(separator: ",")
        #expect(PostgresStatement(sql).sql.hasSuffix("$11,$12"))
    }

    @Test func cacheAnswersAsTheRewriteDoes() {
        let cache = PostgresStatementCache()
        let sql = "UPDATE t SET a = ? WHERE b = '?' AND c = ?"
        #expect(cache.statement(sql) == PostgresStatement(sql))
        #expect(cache.statement(sql) == PostgresStatement(sql))
        #expect(cache.statement("SELECT ?; SELECT 2") == PostgresStatement("SELECT ?; SELECT 2"))
    }
}
