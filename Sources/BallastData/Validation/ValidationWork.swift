import BallastCore

/// The series as the checks see it: the current rows plus, for each, its 0-based row in the file.
///
/// Checks run one after another on the output of the previous one, so a later check never
/// sees a row an earlier one dropped, while examples still name the row the user can find.
struct ValidationWork {
    private(set) var payload: ReadResult.Payload
    /// `rows[i]` is the file row (0-based) of current row `i`.
    private(set) var rows = FileRows()
    /// What checks have learned about the current rows; forgotten whenever they change.
    var facts = RowFacts()

    init(_ payload: ReadResult.Payload) {
        self.payload = payload
    }

    var count: Int { payload.count }

    /// Keeps the rows at `indices`, in that order.
    mutating func keep(_ indices: [Int]) {
        guard indices.count != count || indices.enumerated().contains(where: { $0.offset != $0.element }) else { return }
        payload = payload.selecting(indices)
        rows.keep(indices)
        facts = RowFacts()
    }

    /// Removes the rows at `indices` (any order, duplicates allowed).
    mutating func remove(_ indices: [Int]) {
        guard !indices.isEmpty else { return }
        var gone = [Bool](repeating: false, count: count)
        for i in indices { gone[i] = true }
        keep((0..<count).filter { !gone[$0] })
    }

    /// Lets `body` repair the bars in place (same rows, new values). The columns are moved out of
    /// the payload first: a copy left in the enum would make every column written be copied whole.
    mutating func repairBars<R>(_ body: (inout BarColumns) -> R) -> R? {
        guard case .bars(var bars) = payload else { return nil }
        let rows = bars.count
        payload = .values(ValueColumns())
        facts = RowFacts()
        defer {
            precondition(bars.count == rows, "repairs keep the row count")
            payload = .bars(bars)
        }
        return body(&bars)
    }

    /// The same for ticks.
    mutating func repairTicks<R>(_ body: (inout TickColumns) -> R) -> R? {
        guard case .ticks(var ticks) = payload else { return nil }
        let rows = ticks.count
        payload = .values(ValueColumns())
        facts = RowFacts()
        defer {
            precondition(ticks.count == rows, "repairs keep the row count")
            payload = .ticks(ticks)
        }
        return body(&ticks)
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
