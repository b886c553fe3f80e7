import BallastCore

/// The fills a router recorded lately, in sequence order, and the sequence after which they
/// are every fill the store has (`from`), so the desk can take them instead of reading the
/// store after each fill synchronisation.
///
/// Completeness rests on the router being its account's only writer of fills; a fill it finds
/// already recorded means another writer, and the list is forgotten until the router reads the
/// store's last sequence again.
struct RecentFills: Sendable {
    /// The sequence after which `fills` is complete; nil when unknown.
    private(set) var from: UInt64?
    private(set) var fills: [BrokerFill] = []
    /// Counts changes, so a start whose read began before a change can be told apart.
    private(set) var version = 0
    /// Past this many fills, the older half is dropped (and `from` moves up).
    let capacity: Int

    init(capacity: Int = 4_096) { self.capacity = capacity }

    /// Starts the list after `sequence`, the store's last sequence as read when `version`
    /// was current; a fill recorded or forgotten since makes the read stale, and nothing starts.
    mutating func start(after sequence: UInt64, readAt version: Int) {
        guard version == self.version else { return }
        from = sequence
        fills = []
        self.version += 1
    }

    /// Adds a fill just recorded. One out of sequence order (an adoption recorded beside a
    /// synchronisation) ends the list's completeness.
    mutating func append(_ fill: BrokerFill) {
        version += 1
        guard let from, fill.sequence > (fills.last?.sequence ?? from) else { return forget() }
        fills.append(fill)
        if fills.count > capacity {
            let dropped = fills.count / 2
            self.from = fills[dropped - 1].sequence
            fills.removeFirst(dropped)
        }
    }

    mutating func forget() {
        version += 1
        from = nil
        fills = []
    }

    /// The fills after `sequence`, or nil when the list cannot vouch for all of them.
    func after(_ sequence: UInt64) -> ArraySlice<BrokerFill>? {
        guard let from, sequence >= from else { return nil }
        return fills[fills.partitioningIndex { $0.sequence > sequence }...]
    }
}
