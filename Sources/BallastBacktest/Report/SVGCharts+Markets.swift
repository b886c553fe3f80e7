import BallastCore
import Foundation

extension SVGCharts {
    /// A marker on the price chart: an entry or exit.
    struct Marker {
        var time: Int64
        var price: Double
        var isBuy: Bool
    }

    /// The close price with buy (▲) and sell (▼) markers; markers beyond `limit` are thinned evenly.
    static func price(closes: [Double], times: [Int64], markers: [Marker], limit: Int = 400) -> String {
        let (xs, picks) = downsample(times)
        let ys = picks.map { closes[$0] }
        guard let lo = ys.min(), let hi = ys.max(), let x0 = xs.first, let x1 = xs.last else { return "" }
        let frame = SVGFrame(x: x0...x1, y: lo...hi)
        var svg = frame.open(title: "Price with entries and exits", yLabel: { String(format: "%.5g", $0) }, xLabel: dateLabel)
        svg += "<path d=\"\(frame.path(xs, ys))\" fill=\"none\" stroke=\"#555\" stroke-width=\"1\"/>"
        let stride = max(1, markers.count / limit)
        for marker in Swift.stride(from: 0, to: markers.count, by: stride).map({ markers[$0] }) {
            let x = frame.px(Double(marker.time)), y = frame.py(marker.price)
            let points = marker.isBuy ? "\(frame.f(x)),\(frame.f(y - 1)) \(frame.f(x - 4)),\(frame.f(y + 6)) \(frame.f(x + 4)),\(frame.f(y + 6))"
                                      : "\(frame.f(x)),\(frame.f(y + 1)) \(frame.f(x - 4)),\(frame.f(y - 6)) \(frame.f(x + 4)),\(frame.f(y - 6))"
            svg += "<polygon points=\"\(points)\" fill=\"\(marker.isBuy ? "#2e86ab" : "#e4572e")\"/>"
        }
        if stride > 1 { svg += "<text x=\"\(frame.width - 14)\" y=\"\(frame.top + 14)\" text-anchor=\"end\" class=\"tick\">every \(stride)th fill shown</text>" }
        return svg + "</svg>"
    }

    /// Monthly returns as a year × month grid, green for gains and red for losses.
    static func heatmap(_ monthly: MonthlyReturns) -> String {
        let years = monthly.years
        guard !years.isEmpty else { return "" }
        let cell = 52.0, rowHeight = 22.0, left = 48.0, top = 20.0
        let width = left + cell * 12 + 8, height = top + rowHeight * Double(years.count) + 6
        let scale = max(monthly.months.map { abs($0.value) }.max() ?? 0.01, 0.0001)
        var svg = "<svg class=\"chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"Monthly returns\">"
        let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        for (m, name) in names.enumerated() {
            svg += "<text x=\"\(left + cell * Double(m) + cell / 2)\" y=\"14\" text-anchor=\"middle\" class=\"tick\">\(name)</text>"
        }
        for (row, year) in years.enumerated() {
            let y = top + rowHeight * Double(row)
            svg += "<text x=\"\(left - 6)\" y=\"\(y + 15)\" text-anchor=\"end\" class=\"tick\">\(year)</text>"
            for m in 1...12 {
                let x = left + cell * Double(m - 1)
                guard let value = monthly.value(year: year, month: m) else { continue }
                let alpha = min(1, abs(value) / scale) * 0.85 + 0.1
                let color = value >= 0 ? "rgba(46,160,67,\(String(format: "%.2f", alpha)))" : "rgba(228,87,46,\(String(format: "%.2f", alpha)))"
                svg += "<rect x=\"\(x + 1)\" y=\"\(y + 1)\" width=\"\(cell - 2)\" height=\"\(rowHeight - 2)\" fill=\"\(color)\"/>"
                svg += "<text x=\"\(x + cell / 2)\" y=\"\(y + 15)\" text-anchor=\"middle\" class=\"cell\">\(String(format: "%.1f", value * 100))</text>"
            }
        }
        return svg + "</svg>"
    }
}
