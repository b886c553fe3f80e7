import BallastCore

/// What one `KillSwitchBoard.update` found: changes, the grade in force, and the actions the
/// router must perform (only when the grade rose on this update).
public struct KillSwitchReport: Sendable, Hashable {
    /// Switches that engaged on this update.
    public var engaged: [KillSwitchTrip] = []
    /// Switches that released on this update (the reason says why they had engaged).
    public var released: [KillSwitchTrip] = []
    /// The most severe grade in force after the update; nil when trading is free.
    public var grade: KillSwitchGrade?
    /// Working orders to cancel.
    public var cancel: [ClientOrderID] = []
    /// Symbols to close, and the market orders that close them.
    public var flatten: [String] = []
    public var flattenOrders: [OrderIntent] = []

    public init() {}
}
