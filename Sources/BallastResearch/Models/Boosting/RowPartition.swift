/// The rows of each leaf of the tree being grown, as contiguous runs of one index array
/// (LightGBM's `DataPartition`): leaf `l` owns `indices[begin[l] ..< begin[l] + count[l]]`,
/// in ascending row order. Splitting a leaf is a stable partition of its run.
final class RowPartition: @unchecked Sendable {
    let capacity: Int
    let indices: UnsafeMutablePointer<Int32>
    private let scratch: UnsafeMutablePointer<Int32>
    private(set) var begin: [Int]
    private(set) var count: [Int]

    init(rowCapacity: Int, leafCapacity: Int) {
        capacity = rowCapacity
        indices = .allocate(capacity: max(rowCapacity, 1))
        scratch = .allocate(capacity: max(rowCapacity, 1))
        begin = Array(repeating: 0, count: leafCapacity)
        count = Array(repeating: 0, count: leafCapacity)
    }

    deinit {
        indices.deallocate()
        scratch.deallocate()
    }

    /// Starts a tree: leaf 0 owns `rows` (ascending), or every row when `rows` is nil.
    func reset(rowCount: Int, rows: UnsafePointer<Int32>?) {
        if let rows {
            indices.update(from: rows, count: rowCount)
        } else {
            for row in 0..<rowCount { indices[row] = Int32(truncatingIfNeeded: row) }
        }
        begin[0] = 0
        count[0] = rowCount
    }

    /// Splits `leaf`: rows whose code in `column` is `<= threshold` (or is `nanBin` with
    /// `defaultLeft`) stay in `leaf`, the rest move to `newLeaf`. Returns the left count.
    @discardableResult
    func split(leaf: Int, newLeaf: Int, column: UnsafePointer<UInt8>, threshold: Int, nanBin: Int, defaultLeft: Bool) -> Int {
        let start = indices + begin[leaf], total = count[leaf]
        var left = 0, right = 0
        let limit = UInt8(truncatingIfNeeded: threshold)
        if nanBin < 0 || (defaultLeft == (nanBin <= threshold)) {
            // NaN (if binned) goes where its code already sends it: one comparison per row.
            for i in 0..<total {
                let row = start[i]
                let goesLeft = column[Int(row)] <= limit
                start[left] = row
                scratch[right] = row
                left += goesLeft ? 1 : 0
                right += goesLeft ? 0 : 1
            }
        } else {
            let nan = UInt8(truncatingIfNeeded: nanBin)
            for i in 0..<total {
                let row = start[i]
                let code = column[Int(row)]
                let goesLeft = code == nan ? defaultLeft : code <= limit
                start[left] = row
                scratch[right] = row
                left += goesLeft ? 1 : 0
                right += goesLeft ? 0 : 1
            }
        }
        (start + left).update(from: scratch, count: right)
        begin[newLeaf] = begin[leaf] + left
        count[newLeaf] = right
        count[leaf] = left
        return left
    }
}
