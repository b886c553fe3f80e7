/// The outcome of a `PromotionGate`: every check with its number, threshold and result. Codable so
/// that a run stores it; `description` explains it in one line per check.
public struct GateVerdict: Sendable, Codable, Equatable, CustomStringConvertible {
    /// True when every check passed.
    public let passed: Bool
    public let checks: [GateCheck]

    public init(checks: [GateCheck]) {
        self.checks = checks
        passed = checks.allSatisfy(\.passed)
    }

    public var description: String {
        ([passed ? "PASS: may be promoted" : "FAIL: may not be promoted"] + checks.map(\.description))
            .joined(separator: "\n")
    }
}

/// One threshold check of a promotion gate.
public struct GateCheck: Sendable, Codable, Equatable, CustomStringConvertible {
    public enum Name: String, Sendable, Codable {
        case deflatedSharpe, overfittingProbability, outOfSampleNetReturn
    }

    /// How `value` must compare with `threshold`.
    public enum Rule: String, Sendable, Codable {
        case atLeast, atMost, greaterThan

        var symbol: String {
            switch self {
            case .atLeast: "≥"
            case .atMost: "≤"
            case .greaterThan: ">"
            }
        }
    }

    public let name: Name
    public let value: Double
    public let threshold: Double
    public let rule: Rule
    public let passed: Bool

    /// A check whose result follows from `value`, `threshold` and `rule`; NaN never passes.
    public init(name: Name, value: Double, threshold: Double, rule: Rule) {
        self.name = name
        self.value = value
        self.threshold = threshold
        self.rule = rule
        switch rule {
        case .atLeast: passed = value >= threshold
        case .atMost: passed = value <= threshold
        case .greaterThan: passed = value > threshold
        }
    }

    public var description: String {
        "\(passed ? "pass" : "fail") \(name.rawValue) = \(value) (required \(rule.symbol) \(threshold))"
    }
}
