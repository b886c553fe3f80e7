/// The most recent closed bars of one symbol and timeframe, newest last, in a fixed-size ring.
///
/// The engine appends a bar when its close event arrives, so a history can only hold the past.
/// Appending is on every bar's path, so the ring is raw memory with no copy-on-write check, no
/// division and no exclusivity check (only the engine, on one task, ever writes it), and it
/// keeps one column per field: a bar just built in registers is stored field by field, never
/// reloaded through wide moves that stall on the stores that made it.
public final class BarHistory: @unchecked Sendable {
    public let capacity: Int
    /// Distance between two integer columns: the capacity plus one cache line, so columns are
    /// never a multiple of 4 KiB apart (stores to them would alias in the CPU's store buffer).
    @usableFromInline let stride: Int
    // Columns: time, open, high, low, close, tick volume (Int64); volume (Double); spread (Int32).
    @usableFromInline let integers: UnsafeMutablePointer<Int64>
    @usableFromInline let volumes: UnsafeMutablePointer<Double>
    @usableFromInline let spreads: UnsafeMutablePointer<Int32>
    /// Where the next bar goes.
    @usableFromInline @exclusivity(unchecked) var next = 0
    @usableFromInline @exclusivity(unchecked) var stored = 0
    /// The open time of the newest bar (nanoseconds), `Int64.min` while empty.
    @usableFromInline @exclusivity(unchecked) var newestTime = Int64.min

    public init(capacity: Int) {
        precondition(capacity > 0, "a history holds at least one bar")
        self.capacity = capacity
        stride = capacity + 8
        integers = .allocate(capacity: 6 * stride)
        integers.initialize(repeating: 0, count: 6 * stride)
        volumes = .allocate(capacity: capacity)
        volumes.initialize(repeating: 0, count: capacity)
        spreads = .allocate(capacity: capacity)
        spreads.initialize(repeating: 0, count: capacity)
    }

    deinit {
        integers.deallocate()
        volumes.deallocate()
        spreads.deallocate()
    }

    /// How many bars are kept (at most `capacity`).
    public var count: Int { stored }

    /// The bar `back` bars before the newest (0 is the newest); nil beyond what is kept.
    public subscript(back back: Int) -> Bar? {
        guard back >= 0, back < stored else { return nil }
        var i = next - 1 - back
        if i < 0 { i += capacity }
        let c = stride
        return Bar(time: Timestamp(nanoseconds: integers[i]), open: Price(raw: integers[c + i]), high: Price(raw: integers[2 * c + i]),
                   low: Price(raw: integers[3 * c + i]), close: Price(raw: integers[4 * c + i]), tickVolume: integers[5 * c + i],
                   volume: volumes[i], spread: spreads[i])
    }

    public var latest: Bar? { self[back: 0] }

    /// Appends `bar` if it opened after the newest bar; returns false (and keeps nothing) otherwise,
    /// so a late or repeated bar can never reorder the past.
    @inlinable @inline(__always) @discardableResult
    package func append(_ bar: Bar) -> Bool {
        guard bar.time.nanoseconds > newestTime else { return false }
        newestTime = bar.time.nanoseconds
        let i = next, c = stride
        integers[i] = bar.time.nanoseconds
        integers[c + i] = bar.open.raw
        integers[2 * c + i] = bar.high.raw
        integers[3 * c + i] = bar.low.raw
        integers[4 * c + i] = bar.close.raw
        integers[5 * c + i] = bar.tickVolume
        volumes[i] = bar.volume
        spreads[i] = bar.spread
        if stored < capacity { stored += 1 }
        next = i + 1 == capacity ? 0 : i + 1
        return true
    }
}
