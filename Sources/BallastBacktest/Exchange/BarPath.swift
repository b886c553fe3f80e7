import BallastCore

/// The route a bar's price is assumed to have taken between its four known prices.
///
/// The usual OHLC convention (MT5's "1 minute OHLC" tester, backtrader, Zipline): a bar that
/// closed at or above its open went open → low → high → close; a bar that closed below its
/// open went open → high → low → close. Between those points the price moves continuously, so
/// a level between two points is touched exactly at that level; a level already passed at the
/// open (a gap) is first available at the open.
struct BarPath: Sendable {
    let points: (Int64, Int64, Int64, Int64)

    init(open: Int64, high: Int64, low: Int64, close: Int64) {
        points = close >= open ? (open, low, high, close) : (open, high, low, close)
    }

    subscript(index: Int) -> Int64 {
        switch index {
        case 0: points.0
        case 1: points.1
        case 2: points.2
        default: points.3
        }
    }

    /// The start of the bar.
    var start: PathPosition { PathPosition(segment: 0, fraction: 0, price: points.0) }

    /// The first position at or after `from` where the price is ≥ `level` (`up`) or ≤ `level`.
    func touch(_ level: Int64, up: Bool, from: PathPosition) -> PathPosition? {
        func satisfied(_ price: Int64) -> Bool { up ? price >= level : price <= level }
        if satisfied(from.price) { return from }
        var segment = from.segment
        while segment < 3 {
            let a = self[segment], b = self[segment + 1]
            if satisfied(b) {
                let fraction = b == a ? 1 : Double(level - a) / Double(b - a)
                return PathPosition(segment: segment, fraction: max(fraction, from.segment == segment ? from.fraction : 0),
                                    price: level)
            }
            segment += 1
        }
        return nil
    }
}
