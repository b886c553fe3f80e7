extension Array {
    /// Removes every element and keeps the storage, for a loop's buffer that holds an element
    /// or two between uses: popping them costs a few dozen instructions, where
    /// `removeAll(keepingCapacity: true)` goes through the general `replaceSubrange` (hundreds).
    @inlinable @inline(__always)
    mutating func drain() {
        while !isEmpty { removeLast() }
    }
}
