import Testing
import BallastTestSupport

/// Records, as a skipped test with its reason, that the contract suite ran without PostgreSQL.
@Suite struct PostgresBackendTests {
    @Test("The contract suite runs on PostgreSQL too",
          .enabled(if: StoreBackend.postgresURL != nil, "BALLAST_TEST_POSTGRES_URL is not set: PostgreSQL contract runs skipped"))
    func postgresBackendIsListed() {
        #expect(StoreBackend.all.contains { $0.name.hasPrefix("postgres") })
    }
}
