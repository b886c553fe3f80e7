import ArgumentParser
import BallastCore
import BallastData
import BallastEngine
import Foundation

/// A strategy that reverses its position on every bar: the cost of one order's round trip
/// (intent, risk, order, submit, fill, position) per bar.
struct FlipStrategy: Strategy {
    var sign: Int64 = 1

    mutating func onBar(_ event: BarEvent, context: StrategyContext) -> [OrderIntent] {
        sign = -sign
        return PositionTarget.intents(toward: Quantity(raw: sign * 100_000 * Quantity.scale), symbol: event.symbol,
                                      context: context, tag: "flip")
    }
}
