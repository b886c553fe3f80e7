import BallastCore

/// One strategy's share of the account: the positions it holds and its realised PnL today.
public struct SleeveState: Sendable, Hashable {
    /// Signed lots per symbol held by this sleeve.
    public var positions: [String: Quantity]
    public var dailyRealisedPnL: Money

    public init(positions: [String: Quantity] = [:], dailyRealisedPnL: Money) {
        self.positions = positions
        self.dailyRealisedPnL = dailyRealisedPnL
    }
}
