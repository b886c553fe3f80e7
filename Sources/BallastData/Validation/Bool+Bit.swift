extension Bool {
    /// 1 or 0. Counting with `flag ? 1 : 0` compiles to a branch, which mispredicts about half
    /// the time when the flag is a coin toss (is this return below the median guess?); the bit
    /// of the Bool itself adds without a branch and lets such loops vectorize.
    @inline(__always)
    var bit: Int { Int(unsafeBitCast(self, to: UInt8.self)) }
}
