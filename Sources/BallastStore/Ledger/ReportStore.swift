/// Daily PnL and daily metrics per account (one row per account, day and name; saving again
/// replaces the day's row).
public protocol ReportStore: Sendable {
    func saveDailyPnL(_ pnl: DailyPnL) async throws(StoreError)
    func dailyPnL(account: String) async throws(StoreError) -> [DailyPnL]
    func saveDailyMetric(_ metric: DailyMetric) async throws(StoreError)
    func dailyMetrics(account: String) async throws(StoreError) -> [DailyMetric]
}
