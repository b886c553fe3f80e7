import Testing
@testable import BallastStore

@Suite struct PostgresURLTests {
    @Test func parsesAFullURL() throws {
        let url = try PostgresURL(parsing: "postgres://ballast:s3cret@db.example:6543/ledger?sslmode=require")
        #expect(url == PostgresURL(host: "db.example", port: 6543, username: "ballast", password: "s3cret",
                                   database: "ledger", tlsMode: .require))
    }

    @Test func defaultsPortAndTLSAndAcceptsPostgresqlScheme() throws {
        let url = try PostgresURL(parsing: "postgresql://postgres@127.0.0.1/ballast_test")
        #expect(url.port == 5432)
        #expect(url.password == nil)
        #expect(url.tlsMode == .prefer)
        #expect(try PostgresURL(parsing: "postgres://u@h/d?sslmode=disable").tlsMode == .disable)
    }

    @Test func percentDecodesUserPasswordAndDatabase() throws {
        let url = try PostgresURL(parsing: "postgres://us%40er:p%3Aa%2Fss%25@host:5432/my%20db")
        #expect(url.username == "us@er")
        #expect(url.password == "p:a/ss%")
        #expect(url.database == "my db")
    }

    @Test func passwordMayHoldUnescapedSeparators() throws {
        let url = try PostgresURL(parsing: "postgres://u:pa/s?s@w@host:1/db")
        #expect(url.password == "pa/s?s@w")
        #expect(url.host == "host")
    }

    @Test func parsesIPv6Hosts() throws {
        let url = try PostgresURL(parsing: "postgres://u:p@[::1]:5433/db")
        #expect(url.host == "::1")
        #expect(url.port == 5433)
        #expect(url.description == "postgres://u:***@[::1]:5433/db?sslmode=prefer")
    }

    @Test func descriptionHidesThePassword() throws {
        let url = try PostgresURL(parsing: "postgres://ballast:hunter2@h:5432/db")
        #expect(!url.description.contains("hunter2"))
        #expect(url.description == "postgres://ballast:***@h:5432/db?sslmode=prefer")
    }

    static let malformed = [
        "mysql://u:hunter2@h/db",                   // wrong scheme
        "postgres://h:5432/db",                      // no user
        "postgres://:hunter2@h/db",                  // empty user
        "postgres://u:hunter2@h",                    // no database
        "postgres://u:hunter2@h:5432/",              // empty database
        "postgres://u:hunter2@h:port/db",            // port not a number
        "postgres://u:hunter2@h:70000/db",           // port out of range
        "postgres://u:hunter2@:5432/db",             // empty host
        "postgres://u:hunter2@[::1/db",              // unclosed IPv6
        "postgres://u:hun%zzter2@h/db",              // bad escape in the password
        "postgres://u:hunter2@h/d%ff",               // not UTF-8
        "postgres://u:hunter2@h/db?sslmode=maybe",   // unknown sslmode
        "postgres://u:hunter2@h/db?timeout=5",       // unknown parameter
    ]

    @Test(arguments: malformed)
    func rejectsMalformedURLsWithoutLeakingThePassword(_ text: String) {
        #expect {
            try PostgresURL(parsing: text)
        } throws: { error in
            guard let error = error as? StoreError else { return false }
            return error.code == .invalidConfiguration
                && !error.message.contains("hunter") && !error.description.contains("hunter")
                && !error.message.contains("zz")
        }
    }

    @Test func invalidSchemaNamesAreRejectedBeforeConnecting() async {
        await #expect(throws: StoreError.self) {
            _ = try await PostgresDatabase.connect(url: "postgres://u@127.0.0.1:1/db",
                                                   options: .init(schema: "Robert'); DROP"))
        }
    }
}
