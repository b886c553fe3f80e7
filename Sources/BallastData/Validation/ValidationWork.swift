import BallastCore

/// The series as the checks see it: the current rows plus, for each, its 0-based row in the file.
///
/// Checks run one after another on the output of the previous one, so a later check never
/// sees a row an earlier one dropped, while examples still name the row the user can find.
struct ValidationWork {
    private(set) var payload: ReadResult.Payload
    /// `rows[i]` is the file row (0-based) of current row `i`.
    private(set) var rows: [Int]

    init(_ payload: ReadResult.Payload) {
        self.payload = payload
        rows = Array(0..<payload.count)
    }

    var count: Int { rows.count }

    /// Keeps the rows at `indices`, in that order.
    mutating func keep(_ indices: [Int]) {
        guard indices.count != rows.count || indices != Array(0..<rows.count) else { return }
        payload = payload.selecting(indices)
        rows = indices.map { rows[$0] }
    }

    /// Removes the rows at `indices` (any order, duplicates allowed).
    mutating func remove(_ indices: [Int]) {
        guard !indices.isEmpty else { return }
        var gone = [Bool](repeating: false, count: rows.count)
        for i in indices { gone[i] = true }
        keep((0..<rows.count).filter { !gone[$0] })
    }

    /// Replaces the bars (same rows, repaired values).
    mutating func replaceBars(_ bars: BarColumns) {
        precondition(bars.count == rows.count, "repairs keep the row count")
        payload = .bars(bars)
    }

    mutating func replaceTicks(_ ticks: TickColumns) {
        precondition(ticks.count == rows.count, "repairs keep the row count")
        payload = .ticks(ticks)
    }
}

extension ReadResult.Payload {
    /// The rows at `indices`, in that order.
    func selecting(_ indices: [Int]) -> ReadResult.Payload {
        switch self {
        case .bars(let b): .bars(b.selecting(indices))
        case .ticks(let t): .ticks(t.selecting(indices))
        case .values(let v): .values(v.selecting(indices))
        }
    }

    /// Whether rows `i` and `j` hold the same values in every field (time included).
    func rowsEqual(_ i: Int, _ j: Int) -> Bool {
        switch self {
        case .bars(let b):
            b.time[i] == b.time[j] && b.open[i] == b.open[j] && b.high[i] == b.high[j] && b.low[i] == b.low[j]
                && b.close[i] == b.close[j] && b.tickVolume[i] == b.tickVolume[j] && b.spread[i] == b.spread[j]
                && (b.volume[i] == b.volume[j] || (b.volume[i].isNaN && b.volume[j].isNaN))
        case .ticks(let t):
            t.time[i] == t.time[j] && t.bid[i] == t.bid[j] && t.ask[i] == t.ask[j] && t.last[i] == t.last[j]
                && t.flags[i] == t.flags[j] && (t.volume[i] == t.volume[j] || (t.volume[i].isNaN && t.volume[j].isNaN))
        case .values(let v):
            v.time[i] == v.time[j] && (v.value[i] == v.value[j] || (v.value[i].isNaN && v.value[j].isNaN))
        }
    }
}
