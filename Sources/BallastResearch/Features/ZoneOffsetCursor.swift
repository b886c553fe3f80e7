import BallastCore

/// The UTC offset of a zone for a stream of UTC instants in (mostly) ascending order: the
/// offset and the span of UTC seconds it holds for are remembered, so the transition table
/// is searched only when a bar crosses a daylight-saving change.
struct ZoneOffsetCursor: Sendable {
    let rule: TimeZoneRule
    private var from = Int64.max
    private var until = Int64.min
    private var offset: Int64 = 0

    init(_ rule: TimeZoneRule) { self.rule = rule }

    /// Local seconds for UTC seconds.
    mutating func local(_ utc: Int64) -> Int64 {
        if utc < from || utc >= until { locate(utc) }
        return utc + offset
    }

    private mutating func locate(_ utc: Int64) {
        let t = rule.transitions
        var lo = 0, hi = t.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if t[mid] <= utc { lo = mid + 1 } else { hi = mid }
        }
        offset = Int64(rule.offsets[lo])
        from = lo == 0 ? Int64.min : t[lo - 1]
        until = lo == t.count ? Int64.max : t[lo]
    }
}
