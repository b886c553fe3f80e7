import Foundation

/// The plotting area of one chart: maps data coordinates to SVG pixels and draws axes.
struct SVGFrame {
    let width: Double
    let height: Double
    let left = 64.0, right = 12.0, top = 12.0, bottom = 28.0
    let xRange: ClosedRange<Double>
    let yRange: ClosedRange<Double>

    init(width: Double = 900, height: Double = 260, x: ClosedRange<Double>, y: ClosedRange<Double>) {
        self.width = width
        self.height = height
        xRange = x.lowerBound < x.upperBound ? x : (x.lowerBound - 1)...(x.upperBound + 1)
        let pad = (y.upperBound - y.lowerBound) * 0.05
        yRange = pad > 0 ? (y.lowerBound - pad)...(y.upperBound + pad) : (y.lowerBound - 1)...(y.upperBound + 1)
    }

    func px(_ x: Double) -> Double {
        left + (x - xRange.lowerBound) / (xRange.upperBound - xRange.lowerBound) * (width - left - right)
    }

    func py(_ y: Double) -> Double {
        top + (yRange.upperBound - y) / (yRange.upperBound - yRange.lowerBound) * (height - top - bottom)
    }

    /// The opening tag, background, horizontal grid with value labels, and time labels.
    func open(title: String, yLabel: (Double) -> String, xLabel: (Double) -> String) -> String {
        var svg = "<svg class=\"chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"\(title)\">"
        svg += "<rect x=\"\(left)\" y=\"\(top)\" width=\"\(width - left - right)\" height=\"\(height - top - bottom)\" fill=\"#fbfbfd\" stroke=\"#ddd\"/>"
        for i in 0...4 {
            let y = yRange.lowerBound + Double(i) / 4 * (yRange.upperBound - yRange.lowerBound)
            svg += "<line x1=\"\(left)\" x2=\"\(width - right)\" y1=\"\(f(py(y)))\" y2=\"\(f(py(y)))\" stroke=\"#eee\"/>"
            svg += "<text x=\"\(left - 6)\" y=\"\(f(py(y) + 4))\" text-anchor=\"end\" class=\"tick\">\(yLabel(y))</text>"
        }
        for i in 0...4 {
            let x = xRange.lowerBound + Double(i) / 4 * (xRange.upperBound - xRange.lowerBound)
            let anchor = i == 0 ? "start" : i == 4 ? "end" : "middle"
            svg += "<text x=\"\(f(px(x)))\" y=\"\(f(height - 8))\" text-anchor=\"\(anchor)\" class=\"tick\">\(xLabel(x))</text>"
        }
        return svg
    }

    /// A polyline through the points (already downsampled).
    func path(_ xs: [Double], _ ys: [Double]) -> String {
        zip(xs, ys).enumerated().map { i, p in (i == 0 ? "M" : "L") + f(px(p.0)) + " " + f(py(p.1)) }.joined()
    }

    func f(_ v: Double) -> String { String(format: "%.1f", v) }
}
