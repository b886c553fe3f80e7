/// Moving average convergence/divergence: the fast EMA minus the slow EMA (12 and 26 by
/// default), its signal line (an EMA of the MACD line, 9 by default) and the histogram (MACD
/// minus signal). The line exists once the slow EMA is ready; the signal `signal − 1` values later.
public struct MACD: Sendable, Hashable {
    /// The MACD line, its signal line and their difference (the histogram).
    public struct Output: Sendable, Hashable {
        public var macd: Double
        public var signal: Double
        public var histogram: Double
    }

    @usableFromInline var fast: EMA
    @usableFromInline var slow: EMA
    @usableFromInline var signalLine: EMA
    /// The MACD line alone; nil until the slow EMA is ready.
    public private(set) var line: Double?

    public init(fast: Int = 12, slow: Int = 26, signal: Int = 9) {
        precondition(fast < slow, "the fast EMA must be shorter than the slow one")
        self.fast = EMA(period: fast)
        self.slow = EMA(period: slow)
        signalLine = EMA(period: signal)
    }

    public var isReady: Bool { signalLine.isReady }

    public mutating func update(_ price: Price) {
        let x = price.doubleValue
        fast.update(x)
        slow.update(x)
        guard let f = fast.value, let s = slow.value else { return }
        line = f - s
        signalLine.update(f - s)
    }

    /// MACD, signal and histogram; nil until the signal line is ready.
    public var value: Output? {
        guard let line, let signal = signalLine.value else { return nil }
        return Output(macd: line, signal: signal, histogram: line - signal)
    }
}
