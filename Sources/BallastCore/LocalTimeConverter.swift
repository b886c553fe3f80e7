/// Converts a stream of local wall-clock times to UTC quickly by remembering the span of
/// local time over which the current offset holds (readers call it once per row).
public struct LocalTimeConverter: Sendable {
    public let rule: TimeZoneRule
    @usableFromInline var spanStart: Int64 = 1
    @usableFromInline var spanEnd: Int64 = 0
    @usableFromInline var spanOffset: Int64 = 0

    public init(_ rule: TimeZoneRule) {
        self.rule = rule
        if rule.isFixed {
            spanStart = Int64.min
            spanEnd = Int64.max
            spanOffset = Int64(rule.offsets[0])
        }
    }

    /// UTC seconds for local seconds.
    @inlinable
    public mutating func utcSeconds(fromLocal local: Int64) -> Int64 {
        if local >= spanStart && local < spanEnd { return local - spanOffset }
        return slowPath(local)
    }

    @usableFromInline
    mutating func slowPath(_ local: Int64) -> Int64 {
        let utc = rule.utcSeconds(fromLocal: local)
        let offset = Int64(rule.offset(atUTC: utc))
        // The span runs between neighbouring transitions, shrunk by an hour at each end so that
        // repeated and skipped local hours always take the exact (slow) path.
        var lo = 0, hi = rule.transitions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if rule.transitions[mid] <= utc { lo = mid + 1 } else { hi = mid }
        }
        let start = lo == 0 ? Int64.min / 2 : rule.transitions[lo - 1] + offset + 7200
        let end = lo == rule.transitions.count ? Int64.max / 2 : rule.transitions[lo] + offset - 7200
        if start < end, local >= start, local < end {
            spanStart = start
            spanEnd = end
            spanOffset = offset
        }
        return utc
    }
}
