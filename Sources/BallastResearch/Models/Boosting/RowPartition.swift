/// The rows of each leaf of the tree being grown, as contiguous runs of one index array
/// (LightGBM's `DataPartition`): leaf `l` owns `indices[begin[l] ..< begin[l] + count[l]]`,
/// in ascending row order. Splitting a leaf is a stable partition of its run.
final class RowPartition: @unchecked Sendable {
    let capacity: Int
    let indices: UnsafeMutablePointer<Int32>
    /// Two runs of `capacity`: the left and right rows of each chunk before they are copied back.
    private let scratch: UnsafeMutablePointer<Int32>
    private(set) var begin: [Int]
    private(set) var count: [Int]

    init(rowCapacity: Int, leafCapacity: Int) {
        capacity = rowCapacity
        indices = .allocate(capacity: max(rowCapacity, 1))
        scratch = .allocate(capacity: 2 * max(rowCapacity, 1))
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
    /// Large leaves are partitioned in chunks on `loop`'s threads; the result is the same
    /// stable partition either way.
    @discardableResult
    func split(leaf: Int, newLeaf: Int, column: UnsafePointer<UInt8>, threshold: Int, nanBin: Int, defaultLeft: Bool,
               loop: ParallelLoop) -> Int {
        let start = indices + begin[leaf], total = count[leaf]
        let rule = SplitRule(threshold: threshold, nanBin: nanBin, defaultLeft: defaultLeft)
        let pieces = total >= 65_536 ? max(1, loop.threads) : 1
        let size = (total + pieces - 1) / pieces
        var lefts = [Int](repeating: 0, count: pieces), rights = lefts
        let left = scratch, right = scratch + capacity
        lefts.withUnsafeMutableBufferPointer { l in
            rights.withUnsafeMutableBufferPointer { r in
                let counts = UncheckedBox((l.baseAddress!, r.baseAddress!))
                loop.forEach(pieces) { piece in
                    let from = piece * size, to = min(total, from + size)
                    let (nLeft, nRight) = rule.partition(start + from, count: to - from, column: column,
                                                         left: left + from, right: right + from)
                    counts.value.0[piece] = nLeft
                    counts.value.1[piece] = nRight
                }
            }
        }
        var cursor = start
        for piece in 0..<pieces {
            cursor.update(from: left + piece * size, count: lefts[piece])
            cursor += lefts[piece]
        }
        for piece in 0..<pieces {
            cursor.update(from: right + piece * size, count: rights[piece])
            cursor += rights[piece]
        }
        let leftCount = lefts.reduce(0, +)
        begin[newLeaf] = begin[leaf] + leftCount
        count[newLeaf] = total - leftCount
        count[leaf] = leftCount
        return leftCount
    }
}

/// Which side of a split a bin code goes to.
struct SplitRule {
    let threshold: Int
    let nanBin: Int
    let defaultLeft: Bool

    /// Copies `rows[0..<count]` to `left` or `right` in order; returns how many went each way.
    @inline(__always)
    func partition(_ rows: UnsafePointer<Int32>, count: Int, column: UnsafePointer<UInt8>,
                   left: UnsafeMutablePointer<Int32>, right: UnsafeMutablePointer<Int32>) -> (Int, Int) {
        var nLeft = 0, nRight = 0
        let limit = UInt8(truncatingIfNeeded: threshold)
        if nanBin < 0 || (defaultLeft == (nanBin <= threshold)) {
            // NaN (if binned) goes where its code already sends it: one comparison per row.
            for i in 0..<count {
                let row = rows[i]
                let goesLeft = column[Int(row)] <= limit
                left[nLeft] = row
                right[nRight] = row
                nLeft += goesLeft ? 1 : 0
                nRight += goesLeft ? 0 : 1
            }
        } else {
            let nan = UInt8(truncatingIfNeeded: nanBin)
            for i in 0..<count {
                let row = rows[i]
                let code = column[Int(row)]
                let goesLeft = code == nan ? defaultLeft : code <= limit
                left[nLeft] = row
                right[nRight] = row
                nLeft += goesLeft ? 1 : 0
                nRight += goesLeft ? 0 : 1
            }
        }
        return (nLeft, nRight)
    }
}
