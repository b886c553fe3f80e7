/// The most recent closed bars of one symbol and timeframe, newest last, in a fixed-size ring.
///
/// The engine appends a bar when its close event arrives, so a history can only hold the past.
/// Appending is on every bar's path, so the ring is a raw buffer with no copy-on-write check,
/// no division and no exclusivity check (only the engine, on one task, ever writes it).
public final class BarHistory: @unchecked Sendable {
    public let capacity: Int
    @usableFromInline let storage: UnsafeMutablePointer<Bar>
    /// Where the next bar goes.
    @usableFromInline @exclusivity(unchecked) var next = 0
    @usableFromInline @exclusivity(unchecked) var stored = 0
    /// The open time of the newest bar (nanoseconds), `Int64.min` while empty.
    @usableFromInline @exclusivity(unchecked) var newestTime = Int64.min

    public init(capacity: Int) {
        precondition(capacity > 0, "a history holds at least one bar")
        self.capacity = capacity
        storage = .allocate(capacity: capacity)
    }

    deinit {
        storage.deinitialize(count: stored)
        storage.deallocate()
    }

    /// How many bars are kept (at most `capacity`).
    public var count: Int { stored }

    /// The bar `back` bars before the newest (0 is the newest); nil beyond what is kept.
    public subscript(back back: Int) -> Bar? {
        guard back >= 0, back < stored else { return nil }
        var index = next - 1 - back
        if index < 0 { index += capacity }
        return storage[index]
    }

    public var latest: Bar? { self[back: 0] }

    /// Appends `bar` if it opened after the newest bar; returns false (and keeps nothing) otherwise,
    /// so a late or repeated bar can never reorder the past.
    @inlinable @discardableResult
    package func append(_ bar: Bar) -> Bool {
        guard bar.time.nanoseconds > newestTime else { return false }
        newestTime = bar.time.nanoseconds
        if stored < capacity {
            (storage + next).initialize(to: bar)
            stored += 1
        } else {
            storage[next] = bar
        }
        next += 1
        if next == capacity { next = 0 }
        return true
    }
}
