import BallastCore

/// Accumulates one finding while a check walks the rows: exact count, bounded examples and repairs.
struct FindingDraft {
    let kind: FindingKind
    let action: FindingAction
    let maxRepairs: Int
    private(set) var count = 0
    private(set) var examples: [Finding.Example] = []
    private(set) var repairs: [Finding.Repair] = []
    private(set) var repairCount = 0

    init(_ kind: FindingKind, _ action: FindingAction, maxRepairs: Int = 0) {
        self.kind = kind
        self.action = action
        self.maxRepairs = maxRepairs
    }

    var isEmpty: Bool { count == 0 }

    /// Counts one occurrence at file row `row` (0-based) and time `time` (UTC ns).
    mutating func add(row: Int, time: Int64, _ detail: @autoclosure () -> String) {
        count += 1
        if examples.count < Finding.maxExamples {
            examples.append(Finding.Example(row: row + 1, time: Timestamp(nanoseconds: time).iso8601, detail: detail()))
        }
    }

    mutating func repaired(row: Int, field: String, old: @autoclosure () -> String, new: @autoclosure () -> String) {
        repairCount += 1
        if repairs.count < maxRepairs { repairs.append(Finding.Repair(row: row + 1, field: field, old: old(), new: new())) }
    }

    /// The finding with `message`, or nil when nothing was counted.
    func finish(_ message: String) -> Finding? {
        guard count > 0 else { return nil }
        return Finding(kind: kind, action: action, count: count, examples: examples, message: message,
                       repairs: repairs, repairCount: repairCount)
    }
}
