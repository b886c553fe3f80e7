import BallastCore

/// UTC → server-clock seconds, remembering the span over which the current offset holds.
struct ServerClock {
    let rule: TimeZoneRule
    private var validFrom = Int64.max
    private var validUntil = Int64.min
    private var offset: Int64 = 0

    init(_ rule: TimeZoneRule) { self.rule = rule }

    @inline(__always)
    mutating func localSeconds(utc: Int64) -> Int64 {
        if utc < validFrom || utc >= validUntil { refresh(utc) }
        return utc + offset
    }

    private mutating func refresh(_ utc: Int64) {
        var lo = 0, hi = rule.transitions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if rule.transitions[mid] <= utc { lo = mid + 1 } else { hi = mid }
        }
        offset = Int64(rule.offsets[lo])
        validFrom = lo == 0 ? Int64.min : rule.transitions[lo - 1]
        validUntil = lo == rule.transitions.count ? Int64.max : rule.transitions[lo]
    }
}
