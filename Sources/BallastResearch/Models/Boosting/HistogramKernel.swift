/// The hot loops: sums of (gradient, hessian) per bin for up to four features per pass over a
/// leaf's rows, so the row index and the gradient pair are loaded once for several features.
///
/// Long passes alternate rows between the histogram and a second copy (`spare`, merged at the
/// end): neighbouring rows of a time series often share a bin (hour, weekday, slow volatility),
/// and two adds in a row to one bin would wait on each other through memory.
///
/// Every loop is over raw pointers with no calls, closures or allocation; a feature's
/// histogram is summed in a fixed order, so the result is bit-identical whichever thread
/// runs it.
enum HistogramKernel {
    typealias Bin = SIMD2<Double>
    typealias Columns = (UnsafePointer<UInt8>, UnsafePointer<UInt8>, UnsafePointer<UInt8>, UnsafePointer<UInt8>)
    typealias Histograms = (UnsafeMutablePointer<Bin>, UnsafeMutablePointer<Bin>, UnsafeMutablePointer<Bin>, UnsafeMutablePointer<Bin>)

    /// Rows `rows[0..<count]` (nil: `0..<count`), four features, two copies each.
    @inline(__always)
    static func four(rows: UnsafePointer<Int32>?, count: Int, gradients: UnsafePointer<SIMD2<Float>>,
                     columns c: Columns, histograms h: Histograms, spare s: Histograms) {
        var i = 0
        if let rows {
            while i + 1 < count {
                let r0 = Int(rows[i]), r1 = Int(rows[i + 1])
                let p0 = gradients[r0], p1 = gradients[r1]
                let v0 = Bin(Double(p0.x), Double(p0.y)), v1 = Bin(Double(p1.x), Double(p1.y))
                h.0[Int(c.0[r0])] += v0; s.0[Int(c.0[r1])] += v1
                h.1[Int(c.1[r0])] += v0; s.1[Int(c.1[r1])] += v1
                h.2[Int(c.2[r0])] += v0; s.2[Int(c.2[r1])] += v1
                h.3[Int(c.3[r0])] += v0; s.3[Int(c.3[r1])] += v1
                i += 2
            }
        } else {
            while i + 1 < count {
                let p0 = gradients[i], p1 = gradients[i + 1]
                let v0 = Bin(Double(p0.x), Double(p0.y)), v1 = Bin(Double(p1.x), Double(p1.y))
                h.0[Int(c.0[i])] += v0; s.0[Int(c.0[i + 1])] += v1
                h.1[Int(c.1[i])] += v0; s.1[Int(c.1[i + 1])] += v1
                h.2[Int(c.2[i])] += v0; s.2[Int(c.2[i + 1])] += v1
                h.3[Int(c.3[i])] += v0; s.3[Int(c.3[i + 1])] += v1
                i += 2
            }
        }
        if i < count {
            let r = rows.map { Int($0[i]) } ?? i
            let p = gradients[r]
            let v = Bin(Double(p.x), Double(p.y))
            h.0[Int(c.0[r])] += v
            h.1[Int(c.1[r])] += v
            h.2[Int(c.2[r])] += v
            h.3[Int(c.3[r])] += v
        }
    }

    /// Rows `rows[0..<count]` (nil: `0..<count`), one feature, two copies.
    @inline(__always)
    static func one(rows: UnsafePointer<Int32>?, count: Int, gradients: UnsafePointer<SIMD2<Float>>,
                    column: UnsafePointer<UInt8>, histogram: UnsafeMutablePointer<Bin>, spare: UnsafeMutablePointer<Bin>) {
        var i = 0
        while i + 1 < count {
            let r0 = rows.map { Int($0[i]) } ?? i, r1 = rows.map { Int($0[i + 1]) } ?? i + 1
            let p0 = gradients[r0], p1 = gradients[r1]
            histogram[Int(column[r0])] += Bin(Double(p0.x), Double(p0.y))
            spare[Int(column[r1])] += Bin(Double(p1.x), Double(p1.y))
            i += 2
        }
        if i < count {
            let r = rows.map { Int($0[i]) } ?? i
            let p = gradients[r]
            histogram[Int(column[r])] += Bin(Double(p.x), Double(p.y))
        }
    }
}
