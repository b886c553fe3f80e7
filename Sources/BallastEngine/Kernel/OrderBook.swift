import BallastCore

/// Every order one engine created, with the links between them: OCO groups and the exits each
/// bracket entry placed.
///
/// Orders sit in creation order, and the id of order n is `"\(prefix)-n"`, so an id leads to
/// its order by reading the number back (no hashing on the order path); any other id is simply
/// not found. They are kept in chunks of 1,024 so that growing never moves the orders made.
public struct OrderBook: Sendable {
    public let idPrefix: String
    /// `idPrefix` and the dash as UTF-8, made once: ids are written and read back byte by byte.
    let idStem: [UInt8]
    static let chunkShift = 10
    var chunks: [[Order]] = []
    /// How many orders were created.
    public private(set) var count = 0
    /// Members of each one-cancels-other group, oldest first.
    public private(set) var groups: [String: [ClientOrderID]] = [:]
    /// The stop-loss and take-profit orders each bracket entry placed.
    public private(set) var exits: [ClientOrderID: [ClientOrderID]] = [:]
    /// Orders with a cancel sent and not yet confirmed (so no second cancel goes out).
    public private(set) var cancelling: Set<ClientOrderID> = []
    /// Modifications sent and not yet confirmed; applied when the venue accepts them.
    public private(set) var pendingModifications: [ClientOrderID: OrderModification] = [:]

    public init(idPrefix: String) {
        self.idPrefix = idPrefix
        idStem = Array((idPrefix + "-").utf8)
    }

    /// Every order, oldest first (the nth has sequence number n; built on demand).
    public var all: [Order] { chunks.flatMap { $0 } }

    /// The order at `position` (0 for the first created).
    public subscript(position position: Int) -> Order {
        // Yields the stored order in place: reading one field does not copy the whole order.
        _read { yield chunks[position >> Self.chunkShift][position & (1 << Self.chunkShift - 1)] }
    }

    /// Every order by id (built on demand: for inspection and reports, not for hot paths).
    public var orders: [ClientOrderID: Order] { Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) }) }

    public subscript(id: ClientOrderID) -> Order? { index(of: id).map { self[position: $0] } }

    /// The parent of the order with `id` (the bracket entry of an exit, the position a stop-out
    /// closes); nil for an order without one or an id this book never made.
    public func parent(of id: ClientOrderID) -> ClientOrderID? { index(of: id).flatMap { self[position: $0].parent } }

    /// The other orders in `order`'s OCO group, oldest first.
    public func siblings(of order: Order) -> [Order] {
        guard let group = order.intent.ocoGroup else { return [] }
        return (groups[group] ?? []).compactMap { $0 == order.id ? nil : self[$0] }
    }

    /// Where the order with `id` is in `all`, or nil when this book never made it.
    func index(of id: ClientOrderID) -> Int? {
        // The newest order first: the one a fill or an update is usually for, found by one
        // comparison of the (short, inline) ids instead of reading the number back.
        if count > 0, self[position: count - 1].id == id { return count - 1 }
        var text = id.rawValue  // a copy to read contiguously (ids are short: inline, no allocation)
        let sequence = text.withUTF8 { bytes -> Int in
            let stem = idStem.count
            guard bytes.count > stem else { return 0 }
            for k in 0..<stem where bytes[k] != idStem[k] { return 0 }
            var sequence = 0
            for byte in bytes[stem...] {
                guard byte >= 48, byte <= 57, sequence < Int.max / 20 else { return 0 }
                sequence = sequence * 10 + Int(byte - 48)
            }
            return sequence
        }
        let index = sequence - 1
        guard index >= 0, index < count, self[position: index].id == id else { return nil }
        return index
    }

    /// The id of order number `sequence`: the stem and the decimal digits written straight into
    /// the string (an id of up to 15 bytes is stored inline), without formatting or concatenating.
    func id(sequence: Int) -> ClientOrderID {
        var digits = 1, rest = sequence
        while rest >= 10 { rest /= 10; digits += 1 }
        let length = idStem.count + digits
        return ClientOrderID(String(unsafeUninitializedCapacity: length) { buffer in
            for k in idStem.indices { buffer[k] = idStem[k] }
            var value = sequence
            for k in stride(from: length - 1, through: idStem.count, by: -1) {
                buffer[k] = UInt8(48 + value % 10)
                value /= 10
            }
            return length
        })
    }

    /// Creates the next order from `intent`, already submitted, keeps it and returns a copy
    /// (the only one made: the order is built in its slot and marked there).
    mutating func submit(_ intent: consuming OrderIntent, parent: ClientOrderID?, time: Timestamp) -> Order {
        let id = id(sequence: count + 1)
        if let group = intent.ocoGroup { groups[group, default: []].append(id) }
        if count >> Self.chunkShift == chunks.count {
            chunks.append([])
            chunks[chunks.count - 1].reserveCapacity(1 << Self.chunkShift)
        }
        // The intent moves into the order, and the order into its slot, where it is marked:
        // the copy returned is the only one made.
        let c = chunks.count - 1
        chunks[c].append(Order(id: id, intent: intent, createdAt: time, parent: parent))
        let o = chunks[c].count - 1
        chunks[c][o].apply(.submit)
        count += 1
        return chunks[c][o]
    }

    /// Changes the order at `index` in place; a terminal order has nothing pending any more.
    @discardableResult
    mutating func change<Result>(at index: Int, _ body: (inout Order) -> Result) -> Result {
        let chunk = index >> Self.chunkShift, offset = index & (1 << Self.chunkShift - 1)
        let result = body(&chunks[chunk][offset])
        if chunks[chunk][offset].status.isTerminal && !(cancelling.isEmpty && pendingModifications.isEmpty) {
            cancelling.remove(chunks[chunk][offset].id)
            pendingModifications[chunks[chunk][offset].id] = nil
        }
        return result
    }

    mutating func setExits(_ ids: [ClientOrderID], of entry: ClientOrderID) { exits[entry] = ids }

    mutating func markCancelling(_ id: ClientOrderID) { cancelling.insert(id) }

    mutating func setPendingModification(_ modification: OrderModification, for id: ClientOrderID) {
        pendingModifications[id] = modification
    }

    mutating func takePendingModification(for id: ClientOrderID) -> OrderModification? {
        pendingModifications.isEmpty ? nil : pendingModifications.removeValue(forKey: id)
    }
}
