/// The hot loops: sums of (gradient, hessian) per bin for up to four features per pass over a
/// leaf's rows, so the row index and the gradient pair are loaded once for several features.
///
/// Every loop is over raw pointers with no calls, closures or allocation; a feature's
/// histogram is always summed in row order, so the result is bit-identical whichever thread
/// runs it.
enum HistogramKernel {
    typealias Bin = SIMD2<Double>

    /// Rows `rows[0..<count]`, four features.
    @inline(__always)
    static func indexed4(rows: UnsafePointer<Int32>, count: Int, gradients: UnsafePointer<SIMD2<Float>>,
                         columns c: (UnsafePointer<UInt8>, UnsafePointer<UInt8>, UnsafePointer<UInt8>, UnsafePointer<UInt8>),
                         histograms h: (UnsafeMutablePointer<Bin>, UnsafeMutablePointer<Bin>, UnsafeMutablePointer<Bin>, UnsafeMutablePointer<Bin>)) {
        for i in 0..<count {
            let row = Int(rows[i])
            let pair = gradients[row]
            let value = Bin(Double(pair.x), Double(pair.y))
            h.0[Int(c.0[row])] += value
            h.1[Int(c.1[row])] += value
            h.2[Int(c.2[row])] += value
            h.3[Int(c.3[row])] += value
        }
    }

    /// Rows `rows[0..<count]`, one feature.
    @inline(__always)
    static func indexed1(rows: UnsafePointer<Int32>, count: Int, gradients: UnsafePointer<SIMD2<Float>>,
                         column: UnsafePointer<UInt8>, histogram: UnsafeMutablePointer<Bin>) {
        for i in 0..<count {
            let row = Int(rows[i])
            let pair = gradients[row]
            histogram[Int(column[row])] += Bin(Double(pair.x), Double(pair.y))
        }
    }

    /// Every row `0..<count` in order (the root of a tree grown on all rows), four features.
    @inline(__always)
    static func dense4(count: Int, gradients: UnsafePointer<SIMD2<Float>>,
                       columns c: (UnsafePointer<UInt8>, UnsafePointer<UInt8>, UnsafePointer<UInt8>, UnsafePointer<UInt8>),
                       histograms h: (UnsafeMutablePointer<Bin>, UnsafeMutablePointer<Bin>, UnsafeMutablePointer<Bin>, UnsafeMutablePointer<Bin>)) {
        for row in 0..<count {
            let pair = gradients[row]
            let value = Bin(Double(pair.x), Double(pair.y))
            h.0[Int(c.0[row])] += value
            h.1[Int(c.1[row])] += value
            h.2[Int(c.2[row])] += value
            h.3[Int(c.3[row])] += value
        }
    }

    /// Every row `0..<count`, one feature.
    @inline(__always)
    static func dense1(count: Int, gradients: UnsafePointer<SIMD2<Float>>, column: UnsafePointer<UInt8>,
                       histogram: UnsafeMutablePointer<Bin>) {
        for row in 0..<count {
            let pair = gradients[row]
            histogram[Int(column[row])] += Bin(Double(pair.x), Double(pair.y))
        }
    }
}
