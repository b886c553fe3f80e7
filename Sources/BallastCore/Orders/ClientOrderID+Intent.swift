extension ClientOrderID {
    /// The client order id of the order made for `intent`: `"S"` and the base-36 digits of a
    /// 52-bit FNV-1a hash of the intent id.
    ///
    /// The same intent always gets the same id, which is what makes submission idempotent. The
    /// form fits MT5, which has no client order id: the number travels as the order's `magic`
    /// (below 2^53, so JSON carries it exactly) and the text as its comment (at most 12
    /// characters of `[0-9a-z]`, which every broker accepts).
    public init(intent: IntentID) {
        self.init("S" + String(Self.magic(of: intent), radix: 36))
    }

    /// The 52-bit number behind `ClientOrderID(intent:)`.
    public static func magic(of intent: IntentID) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in intent.rawValue.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash & (1 << 52 - 1)
    }
}
