import BallastCore

/// Small hand-made bar series for label tests: one minute apart, prices in plain units.
enum LabelBars {
    static func make(_ rows: [(o: Double, h: Double, l: Double, c: Double)]) -> BarColumns {
        BarColumns(rows.enumerated().map { i, r in
            Bar(time: Timestamp(seconds: 1_700_000_000 + Int64(i) * 60), open: Price(approximating: r.o),
                high: Price(approximating: r.h), low: Price(approximating: r.l), close: Price(approximating: r.c))
        })
    }

    static func closes(_ closes: [Double]) -> BarColumns { make(closes.map { ($0, $0, $0, $0) }) }

    static func near(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-12 }
}
