/// A dense table of model inputs: `rowCount × columnCount` `Float` values stored row-major in one
/// contiguous buffer (the layout of a NumPy `float32` C-order array), with a name per column.
///
/// Feature builders write it, trainers and `TreeEnsemble` read it; rows are observations in time
/// order, so a split by row index is a split in time.
public struct FeatureMatrix: Sendable, Equatable {
    public let columnNames: [String]
    public let rowCount: Int
    /// Row-major values: the value of column `c` in row `r` is `values[r * columnCount + c]`.
    public private(set) var values: [Float]

    /// A matrix over `values`; traps when the count is not `rowCount * columnNames.count`.
    public init(columnNames: [String], rowCount: Int, values: [Float]) {
        precondition(values.count == rowCount * columnNames.count,
                     "FeatureMatrix: \(values.count) values for \(rowCount) × \(columnNames.count)")
        self.columnNames = columnNames
        self.rowCount = rowCount
        self.values = values
    }

    public var columnCount: Int { columnNames.count }

    public subscript(row: Int, column: Int) -> Float {
        get { values[row * columnCount + column] }
        set { values[row * columnCount + column] = newValue }
    }

    /// One column copied out as a contiguous array.
    public func column(_ column: Int) -> [Float] {
        (0..<rowCount).map { values[$0 * columnCount + column] }
    }

    /// The rows in `range`, in order, as a new matrix.
    public func rows(_ range: Range<Int>) -> FeatureMatrix {
        let width = columnCount
        return FeatureMatrix(columnNames: columnNames, rowCount: range.count,
                             values: Array(values[(range.lowerBound * width)..<(range.upperBound * width)]))
    }
}
