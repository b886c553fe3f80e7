import BallastCore

/// A risk check's answer, which explains itself: the rule and the numbers behind it.
public enum RiskDecision: Sendable, Hashable {
    /// Go ahead with this intent (possibly resized by the rule).
    case accept(OrderIntent)
    case reject(rule: String, reason: String)
}
