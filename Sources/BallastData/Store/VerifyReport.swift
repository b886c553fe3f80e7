import BallastCore
import Foundation

/// The outcome of `BarStore.verify`.
public struct VerifyReport: Sendable, Equatable {
    public var key: SeriesKey
    public var partitionsChecked = 0
    public var rows = 0
    /// One message per damaged partition (empty when all is well).
    public var problems: [StoreError] = []

    public var isHealthy: Bool { problems.isEmpty }
}
