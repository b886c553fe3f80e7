import Foundation

extension TreeEnsemble {
    /// Predictions (through `link`) for every row of `matrix`, `threads` row ranges at a time.
    public func predict(_ matrix: FeatureMatrix, threads: Int = 1) -> [Double] {
        rawScores(matrix, threads: threads).map(output(fromRaw:))
    }

    /// Raw scores (margins) for every row of `matrix`.
    public func rawScores(_ matrix: FeatureMatrix, threads: Int = 1) -> [Double] {
        precondition(matrix.columnCount == featureCount, "TreeEnsemble: matrix has \(matrix.columnCount) columns, model \(featureCount)")
        let rows = matrix.rowCount, width = featureCount
        var out = [Double](repeating: 0, count: rows)
        out.withUnsafeMutableBufferPointer { target in
            let box = UncheckedBox(target.baseAddress!)
            matrix.values.withUnsafeBufferPointer { values in
                ParallelLoop(threads: threads).forEachRange(rows, minimum: 1024) { range in
                    var row = [Double](repeating: 0, count: width)
                    row.withUnsafeMutableBufferPointer { buffer in
                        for index in range {
                            for column in 0..<width { buffer[column] = Double(values[index * width + column]) }
                            box.value[index] = rawScore(row: UnsafeBufferPointer(buffer))
                        }
                    }
                }
            }
        }
        return out
    }
}
