/// One named daily figure of an account (orders sent, rejections, error rate, equity high...).
public struct DailyMetric: Sendable, Codable, Hashable {
    public var account: String
    /// Days since 1970-01-01 (UTC).
    public var day: Int
    public var name: String
    public var value: Double

    public init(account: String, day: Int, name: String, value: Double) {
        self.account = account
        self.day = day
        self.name = name
        self.value = value
    }
}
