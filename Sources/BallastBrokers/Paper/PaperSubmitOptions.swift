import BallastCore

/// Per-submission overrides a fault plan injects; journaled with the submission so a replay
/// makes the same decision.
public struct PaperSubmitOptions: Sendable, Codable, Hashable {
    /// Reject the order with this reason (it is kept at the venue as rejected).
    public var rejectReason: String?
    /// Fill at most this much at submission; the rest keeps working (IOC: is cancelled).
    public var fillCap: Quantity?

    public init(rejectReason: String? = nil, fillCap: Quantity? = nil) {
        self.rejectReason = rejectReason
        self.fillCap = fillCap
    }
}
