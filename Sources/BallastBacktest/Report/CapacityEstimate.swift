import BallastCore

/// How much capital the strategy could run before its fills would take more than a given share
/// of the traded volume of their bars (the participation cap binding).
///
/// Every fill is compared with its bar's volume in units (quantity × contract size against the
/// bar's traded volume): scaling the strategy by `k` keeps every fill within `participation` of
/// its bar while `k ≤ participation × volume / units` for all fills, so the capacity is the
/// deposit times the smallest such ratio. Bars without real volume (CFD and FX exports carry only
/// tick counts) give no estimate.
public enum CapacityEstimate {
    /// - Parameters:
    ///   - fills: the run's fills, stamped with their bar's open time (fills at the open) or a time inside it.
    ///   - openTimes / volumes: the bars the run replayed, ascending.
    /// - Returns: the deployable capital in the account currency, or nil without volume data.
    public static func capital(fills: [Fill], openTimes: [Int64], volumes: [Double], contractSize: Double,
                               participation: Double, deposit: Double) -> Double? {
        guard !fills.isEmpty, openTimes.count == volumes.count, participation > 0 else { return nil }
        var ratio = Double.infinity
        for fill in fills {
            // The last bar opening at or before the fill.
            var lo = 0, hi = openTimes.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if openTimes[mid] <= fill.time.nanoseconds { lo = mid + 1 } else { hi = mid }
            }
            guard lo > 0 else { continue }
            let volume = volumes[lo - 1]
            guard volume > 0 else { return nil }
            let units = fill.quantity.doubleValue * contractSize
            if units > 0 { ratio = min(ratio, participation * volume / units) }
        }
        return ratio.isFinite ? deposit * ratio : nil
    }
}
