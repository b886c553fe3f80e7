/// The pending alarms of a `DeadlineThread`, earliest deadline on top (a binary min-heap).
struct DeadlineHeap {
    struct Entry {
        let deadline: UInt64
        let alarm: CallAlarm
    }

    private var entries: [Entry] = []

    var top: Entry? { entries.first }

    /// Adds an alarm.
    mutating func insert(deadline: UInt64, alarm: CallAlarm) {
        entries.append(Entry(deadline: deadline, alarm: alarm))
        var child = entries.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard entries[child].deadline < entries[parent].deadline else { break }
            entries.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes the earliest entry.
    mutating func popTop() {
        guard !entries.isEmpty else { return }
        entries.swapAt(0, entries.count - 1)
        entries.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < entries.count, entries[left].deadline < entries[smallest].deadline { smallest = left }
            if right < entries.count, entries[right].deadline < entries[smallest].deadline { smallest = right }
            guard smallest != parent else { return }
            entries.swapAt(parent, smallest)
            parent = smallest
        }
    }

    /// Removes disarmed (or fired) alarms from the top, so the top is the next one to fire.
    mutating func dropDisarmedTop() {
        while let first = entries.first, !first.alarm.isArmed { popTop() }
    }
}
