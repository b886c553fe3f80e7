/// How reconciliation settles what it finds.
public struct ReconcilerConfiguration: Sendable, Hashable {
    public var unknownPositions: UnknownPositionPolicy
    /// An entry order found `submitted` that the venue never received is sent again when it
    /// is at most this many nanoseconds old, and abandoned (rejected) when older; nil never
    /// resends. Exit orders (a bracket's stop-loss and take-profit) are always resent: they
    /// protect a position that exists.
    public var resendWithin: Int64?
    /// The actor written to the audit log.
    public var actor: String

    public init(unknownPositions: UnknownPositionPolicy = .adopt, resendWithin: Int64? = 30_000_000_000, actor: String = "reconciler") {
        self.unknownPositions = unknownPositions
        self.resendWithin = resendWithin
        self.actor = actor
    }
}
