/// The most recent closed bars of one symbol and timeframe, newest last, in a fixed-size ring.
///
/// The engine appends a bar when its close event arrives, so a history can only hold the past.
public final class BarHistory: @unchecked Sendable {
    public let capacity: Int
    private var ring: [Bar]
    private var next = 0
    public private(set) var count = 0

    public init(capacity: Int) {
        precondition(capacity > 0, "a history holds at least one bar")
        self.capacity = capacity
        ring = []
        ring.reserveCapacity(capacity)
    }

    /// The bar `back` bars before the newest (0 is the newest); nil beyond what is kept.
    public subscript(back back: Int) -> Bar? {
        guard back >= 0, back < count else { return nil }
        let index = (next - 1 - back + capacity) % capacity
        return ring[index]
    }

    public var latest: Bar? { self[back: 0] }

    package func append(_ bar: Bar) {
        if ring.count < capacity { ring.append(bar) } else { ring[next] = bar }
        next = (next + 1) % capacity
        count = min(count + 1, capacity)
    }
}
