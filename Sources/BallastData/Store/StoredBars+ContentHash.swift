import BallastCore

extension StoredSeries where Partition == BarPartition {
    /// A hash of the bars exactly as replayed (time, open, high, low, close, volumes, spread of
    /// every row in range), `xxh64:<16 hex digits>`: research runs record it so a result can be
    /// tied to the data it came from.
    public var contentHash: String {
        var hash: UInt64 = 0
        for p in partitions {
            let columns: [UnsafeRawBufferPointer] = [
                UnsafeRawBufferPointer(p.time), UnsafeRawBufferPointer(p.open), UnsafeRawBufferPointer(p.high),
                UnsafeRawBufferPointer(p.low), UnsafeRawBufferPointer(p.close), UnsafeRawBufferPointer(p.tickVolume),
                UnsafeRawBufferPointer(p.volume), UnsafeRawBufferPointer(p.spread),
            ]
            for column in columns { hash = Checksum64.hash(column, seed: hash) }
        }
        let hex = String(hash, radix: 16)
        return "xxh64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
