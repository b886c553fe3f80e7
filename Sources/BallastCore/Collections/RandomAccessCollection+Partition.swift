extension RandomAccessCollection {
    /// The first index whose element satisfies `belongsAfter`, a predicate false then true
    /// along the collection (a sorted list split at a value), or `endIndex` when none does:
    /// a binary search, O(log n).
    @inlinable
    public func partitioningIndex(where belongsAfter: (Element) throws -> Bool) rethrows -> Index {
        var low = startIndex, count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if try belongsAfter(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}
