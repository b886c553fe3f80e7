import BallastCore

/// The largest share of a bar's volume the simulated exchange lets one symbol's orders take;
/// what is left over stays working (and fills in later bars) or, for IOC orders, is cancelled.
public struct ParticipationCap: Sendable, Hashable {
    /// Which volume a bar offers, in order-quantity units (lots).
    public enum Volume: Sendable, Hashable {
        /// `Bar.volume` (exchange-traded volume), already in lots.
        case real
        /// `Bar.tickVolume` × this many lots per tick (FX and CFD data have no real volume).
        case ticks(lotsPerTick: Quantity)
    }

    /// The fraction of the volume available, in parts per million (10% = 100,000).
    public let partsPerMillion: Int64
    public var volume: Volume

    public init(fraction: Double, volume: Volume = .real) {
        partsPerMillion = Int64((fraction * 1e6).rounded())
        self.volume = volume
    }

    /// The most `bar` can fill, on the `step` grid (rounded down); nil when the bar has no volume
    /// figure (0 means unknown in `Bar`), which leaves fills uncapped.
    public func limit(for bar: Bar, step: Quantity) -> Quantity? {
        let available: Int128
        switch volume {
        case .real:
            guard bar.volume > 0 else { return nil }
            available = Int128((bar.volume * Double(Quantity.scale)).rounded(.down))
        case .ticks(let lotsPerTick):
            guard bar.tickVolume > 0 else { return nil }
            available = Int128(bar.tickVolume) * Int128(lotsPerTick.raw)
        }
        let raw = available * Int128(partsPerMillion) / 1_000_000
        let stepped = step.raw > 0 ? raw / Int128(step.raw) * Int128(step.raw) : raw
        return Quantity(raw: Int64(clamping: stepped))
    }
}
