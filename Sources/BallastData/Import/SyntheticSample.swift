import BallastCore

/// A small, clearly synthetic EURUSD M5 export in MT5's own layout, generated from a seed, for
/// `ballast demo` and tests. It carries the flaws real exports have, so the validation report
/// has something to say: a duplicated row, two swapped rows, a bar whose high is below its close,
/// a price spike, a missing hour, and a stale run of flat bars.
///
/// Times are broker server time on the common `NY+7` clock, across the 2024-03-10 US
/// daylight-saving change, so importing it also exercises the zone conversion.
public enum SyntheticSample {
    /// The name the demo writes the sample under; MT5-style so symbol and timeframe come from it.
    public static let fileName = "EURUSD_M5_SYNTHETIC_202403040000_202403152355.csv"
    public static let zoneName = "NY+7"
    public static let seed: UInt64 = 20_240_304

    /// The flaws planted in the sample, for the demo's explanation and for tests.
    public static let plantedFlaws = [
        "one row repeated exactly (a duplicate)",
        "two neighbouring rows swapped (out of order)",
        "one bar whose high is below its close (OHLC inconsistency)",
        "one 30-pip spike that reverts in the next bar",
        "one missing hour on Wednesday 2024-03-13 (12 bars)",
        "16 identical flat bars in a row (a stale feed)",
    ]

    /// The file's bytes (CRLF line ends, as MT5 writes).
    public static func mt5Bytes(seed: UInt64 = seed) -> [UInt8] {
        var rows = bars(seed: seed)
        rows.insert(rows[299], at: 300)
        rows.swapAt(600, 601)
        var text = "<DATE>\t<TIME>\t<OPEN>\t<HIGH>\t<LOW>\t<CLOSE>\t<TICKVOL>\t<VOL>\t<SPREAD>\r\n"
        text.reserveCapacity(rows.count * 64)
        for row in rows {
            let (y, m, d) = CivilCalendar.date(fromDays: Int(row.serverSeconds / 86_400))
            let sod = Int(row.serverSeconds % 86_400)
            text += "\(y).\(two(m)).\(two(d))\t\(two(sod / 3600)):\(two(sod / 60 % 60)):00\t"
            text += "\(points(row.open))\t\(points(row.high))\t\(points(row.low))\t\(points(row.close))\t"
            text += "\(row.tickVolume)\t0\t\(row.spread)\r\n"
        }
        return Array(text.utf8)
    }

    struct Row {
        var serverSeconds: Int64
        var open, high, low, close: Int
        var tickVolume: Int
        var spread: Int
    }

    /// Two trading weeks of M5 bars, Monday 00:00 to Friday 23:55 server time.
    static func bars(seed: UInt64) -> [Row] {
        var rng = SplitMix64(seed: seed)
        var price = 108_500
        var rows: [Row] = []
        let firstMonday = CivilCalendar.days(year: 2024, month: 3, day: 4)
        for day in (0..<12).map({ firstMonday + $0 }) where CivilCalendar.weekday(fromDays: day) % 6 != 0 {
            for slot in 0..<288 {
                let seconds = Int64(day) * 86_400 + Int64(slot) * 300
                if day == firstMonday + 9, (120..<132).contains(slot) { continue }
                let open = price
                let close = open + Int((rng.nextGaussian() * 6).rounded())
                let high = max(open, close) + Int(rng.nextUnit() * 4)
                let low = min(open, close) - Int(rng.nextUnit() * 4)
                rows.append(Row(serverSeconds: seconds, open: open, high: high, low: low, close: close,
                                tickVolume: 40 + Int(rng.nextUnit() * 200), spread: 5 + Int(rng.nextUnit() * 6)))
                price = close
            }
        }
        rows[899].high = rows[899].close - 2
        rows[1199].high += 300
        rows[1199].close += 290
        rows[1200].open += 290
        rows[1200].high = max(rows[1200].high, rows[1200].open)
        for i in 1999...2014 {
            let p = rows[1998].close
            (rows[i].open, rows[i].high, rows[i].low, rows[i].close) = (p, p, p, p)
        }
        return rows
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    private static func points(_ p: Int) -> String {
        let fraction = String(p % 100_000)
        return "\(p / 100_000)." + String(repeating: "0", count: 5 - fraction.count) + fraction
    }
}
