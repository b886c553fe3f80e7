import BallastCore

/// One stored row, as merge reports show it.
public enum SeriesRow: Sendable, Equatable, CustomStringConvertible {
    case bar(Bar)
    case tick(Tick)
    case value(time: Timestamp, value: Double)

    /// Row `index` of a partition file.
    init(_ file: ColumnFile, at i: Int) {
        let time = Timestamp(nanoseconds: file.time[i])
        func int64(_ column: Int) -> Int64 { file.typed(column, as: Int64.self)[i] }
        func double(_ column: Int) -> Double { file.typed(column, as: Double.self)[i] }
        func price(_ column: Int) -> Price? { int64(column) == TickColumns.missing ? nil : Price(raw: int64(column)) }
        switch file.kind {
        case .bars:
            self = .bar(Bar(time: time, open: Price(raw: int64(1)), high: Price(raw: int64(2)), low: Price(raw: int64(3)),
                            close: Price(raw: int64(4)), tickVolume: int64(5), volume: double(6),
                            spread: file.typed(7, as: Int32.self)[i]))
        case .ticks:
            self = .tick(Tick(time: time, bid: price(1), ask: price(2), last: price(3), volume: double(4),
                              flags: file.typed(5, as: UInt32.self)[i]))
        case .values:
            self = .value(time: time, value: double(1))
        }
    }

    public var description: String {
        switch self {
        case .bar(let b):
            "\(b.time) O \(b.open) H \(b.high) L \(b.low) C \(b.close) tickvol \(b.tickVolume) vol \(b.volume) spread \(b.spread)"
        case .tick(let t):
            "\(t.time) bid \(Self.text(t.bid)) ask \(Self.text(t.ask)) last \(Self.text(t.last)) vol \(t.volume) flags \(t.flags)"
        case .value(let time, let value):
            "\(time) \(value)"
        }
    }

    private static func text(_ price: Price?) -> String { price.map { $0.description } ?? "-" }

    /// Bitwise equality, so that two NaN values are the same row.
    public static func == (lhs: SeriesRow, rhs: SeriesRow) -> Bool {
        switch (lhs, rhs) {
        case (.bar(let a), .bar(let b)): a.time == b.time && a.open == b.open && a.high == b.high && a.low == b.low
            && a.close == b.close && a.tickVolume == b.tickVolume && a.volume.bitPattern == b.volume.bitPattern && a.spread == b.spread
        case (.tick(let a), .tick(let b)): a.time == b.time && a.bid == b.bid && a.ask == b.ask && a.last == b.last
            && a.volume.bitPattern == b.volume.bitPattern && a.flags == b.flags
        case (.value(let t1, let v1), .value(let t2, let v2)): t1 == t2 && v1.bitPattern == v2.bitPattern
        default: false
        }
    }
}
