import BallastCore
import Foundation

/// The tearsheet's charts as inline SVG (no scripts, no external assets).
enum SVGCharts {
    struct Series {
        var name: String
        var color: String
        var values: [Double]
    }

    /// Lines over time (equity against benchmarks), one shared scale.
    static func lines(_ series: [Series], times: [Int64], title: String, format: (Double) -> String) -> String {
        let (xs, picks) = downsample(times)
        let all = series.flatMap { s in picks.map { s.values[$0] } }
        guard let lo = all.min(), let hi = all.max(), let x0 = xs.first, let x1 = xs.last else { return "" }
        let frame = SVGFrame(x: x0...x1, y: lo...hi)
        var svg = frame.open(title: title, yLabel: format, xLabel: dateLabel)
        for s in series {
            svg += "<path d=\"\(frame.path(xs, picks.map { s.values[$0] }))\" fill=\"none\" stroke=\"\(s.color)\" stroke-width=\"1.4\"/>"
        }
        svg += legend(series.map { ($0.name, $0.color) }, frame: frame)
        return svg + "</svg>"
    }

    /// The underwater curve as a filled area below zero.
    static func underwater(_ drawdown: [Double], times: [Int64]) -> String {
        let (xs, picks) = downsample(times)
        guard let x0 = xs.first, let x1 = xs.last else { return "" }
        let ys = picks.map { drawdown[$0] }
        let deepest = ys.min() ?? -0.01
        let frame = SVGFrame(height: 180, x: x0...x1, y: deepest...0)
        // Shallow drawdowns need decimals, or every label reads "-0%".
        let decimals = deepest > -0.02 ? 2 : deepest > -0.2 ? 1 : 0
        var svg = frame.open(title: "Drawdown", yLabel: { String(format: "%.\(decimals)f%%", $0 * 100) }, xLabel: dateLabel)
        let line = frame.path(xs, ys)
        svg += "<path d=\"\(line)L\(frame.f(frame.px(x1))) \(frame.f(frame.py(0)))L\(frame.f(frame.px(x0))) \(frame.f(frame.py(0)))Z\" fill=\"#e4572e33\" stroke=\"#e4572e\" stroke-width=\"1\"/>"
        return svg + "</svg>"
    }

    /// A histogram of trade results.
    static func histogram(_ values: [Double], bins: Int = 40, title: String) -> String {
        guard var lo = values.min(), var hi = values.max() else { return "<p class=\"empty\">No trades to chart.</p>" }
        if lo == hi { (lo, hi) = (lo - 1, hi + 1) }
        var counts = [Int](repeating: 0, count: bins)
        for v in values { counts[min(bins - 1, Int((v - lo) / (hi - lo) * Double(bins)))] += 1 }
        let frame = SVGFrame(height: 200, x: lo...hi, y: 0...Double(counts.max() ?? 1))
        var svg = frame.open(title: title, yLabel: { String(Int($0.rounded())) }, xLabel: { String(format: "%.0f", $0) })
        let width = (hi - lo) / Double(bins)
        for (i, c) in counts.enumerated() where c > 0 {
            let x = lo + Double(i) * width
            let color = x + width / 2 >= 0 ? "#2e86ab" : "#e4572e"
            svg += "<rect x=\"\(frame.f(frame.px(x)))\" y=\"\(frame.f(frame.py(Double(c))))\" width=\"\(frame.f(max(frame.px(x + width) - frame.px(x) - 1, 1)))\" height=\"\(frame.f(frame.py(0) - frame.py(Double(c))))\" fill=\"\(color)\"/>"
        }
        return svg + "</svg>"
    }

    /// Keeps at most `limit` points, always including the first and the last.
    static func downsample(_ times: [Int64], limit: Int = 1500) -> (xs: [Double], picks: [Int]) {
        guard times.count > limit else { return (times.map { Double($0) }, Array(times.indices)) }
        let step = Double(times.count - 1) / Double(limit - 1)
        let picks = (0..<limit).map { Int((Double($0) * step).rounded()) }
        return (picks.map { Double(times[$0]) }, picks)
    }

    static func dateLabel(_ nanoseconds: Double) -> String {
        String(Timestamp(nanoseconds: Int64(nanoseconds)).iso8601.prefix(10))
    }

    static func legend(_ items: [(String, String)], frame: SVGFrame) -> String {
        var x = frame.left + 10
        var svg = ""
        for (name, color) in items {
            svg += "<rect x=\"\(x)\" y=\"\(frame.top + 8)\" width=\"12\" height=\"3\" fill=\"\(color)\"/>"
            svg += "<text x=\"\(x + 16)\" y=\"\(frame.top + 13)\" class=\"legend\">\(HTML.escape(name))</text>"
            x += 24 + Double(name.count) * 7
        }
        return svg
    }
}
