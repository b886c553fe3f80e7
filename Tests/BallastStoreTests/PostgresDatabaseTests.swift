import Testing
import BallastStore
import BallastTestSupport

@Suite(.enabled(if: PostgresTestServer.isAvailable, Comment(rawValue: PostgresTestServer.skipReason)))
struct PostgresDatabaseTests {
    @Test func everyValueKindRoundTrips() async throws {
        try await PostgresTestServer.withFreshDatabase { db in
            try await db.execute("CREATE TABLE v (id BIGINT PRIMARY KEY, i BIGINT, r DOUBLE PRECISION, t TEXT, b BYTEA)", [])
            let rows: [[SQLValue]] = [
                [.integer(1), .integer(Int64.max), .real(1.5e-9), .text("EUR/USD ✓ 'quoted' ?"), .blob(Array(0...255))],
                [.integer(2), .integer(Int64.min), .real(-0.0), .text(""), .blob([])],
                [.integer(3), .null, .null, .null, .null],
            ]
            for row in rows {
                #expect(try await db.execute("INSERT INTO v (id, i, r, t, b) VALUES (?, ?, ?, ?, ?)", row) == 1)
            }
            let read = try await db.query("SELECT id, i, r, t, b FROM v ORDER BY id", [])
            #expect(read.map(\.values) == rows)
            #expect(read.first?.columns == ["id", "i", "r", "t", "b"])
            #expect(read.first?["t"] == .text("EUR/USD ✓ 'quoted' ?"))
        }
    }

    @Test func otherColumnTypesDecodeByType() async throws {
        try await PostgresTestServer.withFreshDatabase { db in
            let row = try #require(try await db.query("""
                SELECT 7::int2 AS a, 8::int4 AS b, true AS c, false AS d, 2.5::float4 AS e,
                       12345678901234567::numeric AS f, 1.25::numeric AS g, 'v'::varchar AS h,
                       SUM(x) AS s, COUNT(*) AS n
                FROM (VALUES (9223372036854775807::bigint), (9223372036854775807::bigint)) AS t(x)
                """, []).first)
            #expect(row.values == [.integer(7), .integer(8), .integer(1), .integer(0), .real(2.5),
                                   .integer(12345678901234567), .real(1.25), .text("v"),
                                   .real(18446744073709551616), .integer(2)])
            let small = try await db.query("SELECT SUM(x) AS s FROM (VALUES (4::bigint), (-10::bigint)) AS t(x)", [])
            #expect(small.first?["s"] == .integer(-6))
        }
    }

    @Test func transactionCommitsWhenBodyReturns() async throws {
        try await PostgresTestServer.withFreshDatabase { db in
            try await db.execute("CREATE TABLE t (id BIGINT PRIMARY KEY)", [])
            let inserted = try await db.transaction { (tx) throws(StoreError) in
                try await tx.execute("INSERT INTO t VALUES (?)", [.integer(1)])
                    + tx.execute("INSERT INTO t VALUES (?)", [.integer(2)])
            }
            #expect(inserted == 2)
            #expect(try await db.query("SELECT COUNT(*) AS n FROM t", []).first?["n"] == .integer(2))
        }
    }

    @Test func transactionRollsBackWhenBodyThrows() async throws {
        try await PostgresTestServer.withFreshDatabase { db in
            try await db.execute("CREATE TABLE t (id BIGINT PRIMARY KEY)", [])
            await #expect(throws: StoreError(.conflict, "changed my mind")) {
                try await db.transaction { (tx) throws(StoreError) in
                    try await tx.execute("INSERT INTO t VALUES (?)", [.integer(1)])
                    throw StoreError(.conflict, "changed my mind")
                }
            }
            #expect(try await db.query("SELECT COUNT(*) AS n FROM t", []).first?["n"] == .integer(0))
        }
    }

    @Test func constraintViolationsMapToConstraint() async throws {
        try await PostgresTestServer.withFreshDatabase { db in
            try await db.execute("CREATE TABLE t (id BIGINT CONSTRAINT t_pk PRIMARY KEY, q BIGINT NOT NULL CHECK (q > 0))", [])
            try await db.execute("INSERT INTO t VALUES (?, ?)", [.integer(1), .integer(1)])
            for (sql, binds) in [("INSERT INTO t VALUES (?, ?)", [SQLValue.integer(1), .integer(1)]),
                                 ("INSERT INTO t VALUES (?, ?)", [.integer(2), .integer(0)]),
                                 ("INSERT INTO t VALUES (?, ?)", [.integer(3), .null])] {
                do {
                    _ = try await db.transaction { (tx) throws(StoreError) in try await tx.execute(sql, binds) }
                    Issue.record("\(binds) was accepted")
                } catch let error as StoreError {
                    #expect(error.code == .constraint)
                    #expect(!error.isRetryable)
                }
            }
            let duplicate = await #expect(throws: StoreError.self) {
                try await db.execute("INSERT INTO t VALUES (?, ?)", [.integer(1), .integer(5)])
            }
            #expect(duplicate?.message.contains("t_pk") == true)
        }
    }

    @Test func concurrentReadModifyWriteTransactionsAllLand() async throws {
        try await PostgresTestServer.withFreshDatabase { db in
            try await db.execute("CREATE TABLE counter (id BIGINT PRIMARY KEY, n BIGINT NOT NULL)", [])
            try await db.execute("INSERT INTO counter VALUES (1, 0)", [])
            try await withThrowingTaskGroup(of: Void.self) { group in
                for writer in 0..<12 {
                    group.addTask {
                        try await db.transaction { (tx) throws(StoreError) in
                            let n = try await tx.query("SELECT n FROM counter WHERE id = 1", [])[0]["n"]
                            guard case .integer(let value) = n else { throw StoreError(.invalidData, "n") }
                            try await tx.execute("UPDATE counter SET n = ? WHERE id = 1", [.integer(value + 1)])
                            try await tx.execute("CREATE TABLE IF NOT EXISTS w\(writer) (x BIGINT)", [])
                        }
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await db.query("SELECT n FROM counter", []).first?["n"] == .integer(12))
        }
    }

    @Test func scriptsRunStatementByStatement() async throws {
        try await PostgresTestServer.withFreshDatabase { db in
            try await db.execute("""
                CREATE TABLE a (x BIGINT);
                INSERT INTO a VALUES (1), (2);
                CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'a is append-only'; END; $$ LANGUAGE plpgsql;
                CREATE TRIGGER a_append_only BEFORE UPDATE OR DELETE ON a FOR EACH ROW EXECUTE FUNCTION refuse();
                """, [])
            let refused = await #expect(throws: StoreError.self) { try await db.execute("DELETE FROM a", []) }
            #expect(refused?.message.contains("append-only") == true)
            #expect(try await db.execute("INSERT INTO a VALUES (?)", [.integer(3)]) == 1)
        }
    }

    @Test func schemasIsolateDatabases() async throws {
        try await PostgresTestServer.withFreshDatabase { first in
            try await PostgresTestServer.withFreshDatabase { second in
                try await first.execute("CREATE TABLE only_here (x BIGINT)", [])
                let missing = await #expect(throws: StoreError.self) { try await second.query("SELECT * FROM only_here", []) }
                #expect(missing?.code == .database)
            }
        }
    }

    @Test func placeholderCountMustMatchBinds() async throws {
        try await PostgresTestServer.withFreshDatabase { db in
            let error = await #expect(throws: StoreError.self) { try await db.query("SELECT ?, ?", [.integer(1)]) }
            #expect(error?.message.contains("2 placeholders but 1") == true)
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func missingDatabaseFailsWithConnection() async throws {
        var url = try PostgresURL(parsing: try #require(PostgresTestServer.url))
        url.database = "no_such_ballast_db"
        let error = await #expect(throws: StoreError.self) {
            _ = try await PostgresDatabase.connect(to: url, options: .init(timeout: .seconds(1)))
        }
        #expect(error?.code == .connection)
    }

    @Test func closedDatabaseRefusesWork() async throws {
        let db = try await PostgresTestServer.freshDatabase()
        await PostgresTestServer.drop(db)
        let error = await #expect(throws: StoreError.self) { try await db.query("SELECT 1", []) }
        #expect(error?.code == .connection)
    }
}

@Suite struct PostgresConnectFailureTests {
    @Test(.timeLimit(.minutes(1)))
    func unreachableServerFailsWithConnectionWithinTheTimeout() async {
        let error = await #expect(throws: StoreError.self) {
            _ = try await PostgresDatabase.connect(url: "postgres://u:hunter2@127.0.0.1:1/db?sslmode=disable",
                                                   options: .init(timeout: .milliseconds(500)))
        }
        #expect(error?.code == .connection)
        #expect(error?.message.contains("hunter2") == false)
    }
}
