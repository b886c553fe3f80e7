import BallastCore
import BallastStore

/// Everything one reconciliation found and did.
public struct ReconciliationReport: Sendable, Hashable {
    /// One difference between the ledger and the venue.
    public struct Mismatch: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable {
            /// An order was `submitted` without a stored venue answer (a crash or a lost answer).
            case unacknowledgedOrder
            /// A working order in the ledger is not working at the venue.
            case orderNotWorkingAtVenue
            /// The venue has a working order the ledger does not know.
            case unknownVenueOrder
            /// A venue fill of an order the ledger does not know.
            case unknownVenueFill
            /// The ledger's and the venue's position quantities differ.
            case positionDiffers
            /// A venue fill cannot be recorded (unknown instrument, missing rate...): it and the
            /// fills after it wait, and positions are not compared until it is recorded.
            case fillBlocked
        }

        public var kind: Kind
        /// The order id or the symbol concerned.
        public var subject: String
        public var detail: String

        public init(kind: Kind, subject: String, detail: String) {
            self.kind = kind
            self.subject = subject
            self.detail = detail
        }
    }

    public var mismatches: [Mismatch] = []
    /// How each unacknowledged order was settled.
    public var resolutions: [ClientOrderID: OrderRouter.Resolution] = [:]
    /// The fill synchronisations run during reconciliation (one more after each adopted
    /// unknown fill), merged.
    public var fills = FillSyncReport()
    /// Synthetic orders that adopted venue positions.
    public var adopted: [OrderRecord] = []
    /// Orders sent to flatten unknown positions.
    public var flattening: [RouteOutcome] = []

    public init() {}

    /// Whether the ledger and the venue agreed on everything.
    public var isClean: Bool { mismatches.isEmpty }
}
