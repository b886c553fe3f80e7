import BallastCore
import Foundation

/// López de Prado's triple-barrier method: from the close of a start bar, a profit-take and a
/// stop-loss barrier `profitTake·σ` and `stopLoss·σ` away in log price (σ = the volatility
/// estimate at the start bar), and a vertical barrier `maxBars` bars later.
///
/// Touches are checked intra-bar on each following bar (never the start bar itself): a long
/// position's profit-take on the bar's high and stop on its low, a short's the other way round.
/// If one bar touches both, the order inside the bar is unknown and the stop-loss is taken
/// (conservative). The exit price is the barrier, except that a stop gapped through at the
/// open exits at that worse open; a profit-take never takes a gap's windfall. At the vertical
/// barrier the exit is that bar's close. A multiple of 0 switches that barrier off.
/// Symmetric events (no primary side) are evaluated as long.
public struct TripleBarrier: Codable, Sendable, Hashable {
    public var profitTake: Double
    public var stopLoss: Double
    public var maxBars: Int

    public init(profitTake: Double, stopLoss: Double, maxBars: Int) {
        precondition(profitTake >= 0 && stopLoss >= 0 && maxBars > 0, "barrier multiples must be ≥ 0 and maxBars > 0")
        self.profitTake = profitTake
        self.stopLoss = stopLoss
        self.maxBars = maxBars
    }

    /// Decodes and checks the values (multiples ≥ 0, `maxBars` > 0), throwing `DecodingError`
    /// for anything else rather than trapping.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        profitTake = try c.decode(Double.self, forKey: .profitTake)
        stopLoss = try c.decode(Double.self, forKey: .stopLoss)
        maxBars = try c.decode(Int.self, forKey: .maxBars)
        guard profitTake >= 0, profitTake.isFinite, stopLoss >= 0, stopLoss.isFinite, maxBars > 0 else {
            throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath,
                                                    debugDescription: "barrier multiples must be ≥ 0 and maxBars > 0"))
        }
    }

    /// One outcome per start bar.
    /// - Parameters:
    ///   - starts: event start bars, ascending.
    ///   - volatility: σ per bar (log-return units), e.g. `BarVolatility.closeToClose`;
    ///     an event whose σ is NaN or ≤ 0 is unresolved.
    ///   - sides: the primary signal's side per event (parallel to `starts`); nil for symmetric
    ///     events. A side of 0 gives an unresolved event.
    public func outcomes(_ bars: BarColumns, starts: [Int], volatility: [Double], sides: [Int8]? = nil) -> [BarrierOutcome] {
        precondition(volatility.count == bars.count, "one volatility per bar")
        precondition(sides == nil || sides!.count == starts.count, "one side per event")
        precondition(starts.allSatisfy { bars.time.indices.contains($0) }, "event starts must be bar indices")
        return starts.indices.map { e in
            outcome(bars, start: starts[e], sigma: volatility[starts[e]], side: sides?[e] ?? 1)
        }
    }

    func outcome(_ bars: BarColumns, start s: Int, sigma: Double, side: Int8) -> BarrierOutcome {
        let last = min(s + maxBars, bars.count - 1)
        func done(_ end: Int, _ touch: BarrierOutcome.Touch, _ r: Double) -> BarrierOutcome {
            BarrierOutcome(start: s, end: end, side: side, touch: touch, logReturn: r,
                           startTime: bars.time[s], endTime: bars.time[end])
        }
        guard side != 0, sigma > 0 else { return done(s, .unresolved, .nan) }
        let long = side > 0, d = Double(side), entry = Double(bars.close[s])
        let profit = profitTake > 0 ? entry * exp(d * profitTake * sigma) : nil
        let stop = stopLoss > 0 ? entry * exp(-d * stopLoss * sigma) : nil
        var j = s + 1
        while j <= last {
            let high = Double(bars.high[j]), low = Double(bars.low[j]), open = Double(bars.open[j])
            if let stop, long ? low <= stop : high >= stop {
                let exit = long ? min(open, stop) : max(open, stop)
                return done(j, .stopLoss, d * log(exit / entry))
            }
            if let profit, long ? high >= profit : low <= profit {
                return done(j, .profitTake, d * log(profit / entry))
            }
            j += 1
        }
        guard last == s + maxBars else { return done(last, .unresolved, .nan) }
        return done(last, .vertical, d * log(Double(bars.close[last]) / entry))
    }
}
