/// A promotion gate's verdict as a run stores it: passed or not, and every check with its
/// measured value and threshold, so the verdict explains itself when read back.
public struct GateRecord: Sendable, Codable, Equatable {
    public struct Check: Sendable, Codable, Equatable {
        public var name: String
        public var value: Double
        /// The bound, as the gate states it, e.g. `> 0.95`.
        public var threshold: String
        public var passed: Bool

        public init(name: String, value: Double, threshold: String, passed: Bool) {
            self.name = name
            self.value = value
            self.threshold = threshold
            self.passed = passed
        }
    }

    public var passed: Bool
    public var checks: [Check]

    public init(checks: [Check]) {
        self.checks = checks
        passed = checks.allSatisfy(\.passed)
    }
}
