/// The file row of each current row. Until a row is removed or moved this is the identity,
/// kept without a per-row array (5 million rows would cost 40 MB to say `rows[i] == i`).
struct FileRows {
    private var map: [Int]?

    subscript(i: Int) -> Int { map?[i] ?? i }

    /// Keeps the entries at `indices`, in that order.
    mutating func keep(_ indices: [Int]) {
        map = map.map { old in indices.map { old[$0] } } ?? indices
    }
}
