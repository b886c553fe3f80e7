import BallastCore

/// The peer standard (../shared/bench/peers/README.md, "The standard strategy"): SMA(close,
/// fast) against SMA(close, slow), from the bar where the slow average first exists. The regime
/// is the sign of fast − slow, compared exactly in integers (`slow·sumFast` against
/// `fast·sumSlow`); a tie keeps the previous regime. Flat until the regime first flips from one
/// sign to the other, then always in the market: +quantity in a rising regime, −quantity in a
/// falling one, a reversal being one market order of twice the quantity. The order decided at
/// a bar's close fills wherever the shell fills market orders (the next bar's open in a backtest).
public struct SMACross: ConfigurableStrategy {
    /// Indicators carry all the state this strategy needs: the context keeps no bars.
    public static let historyLength = 0

    public static let descriptor = StrategyDescriptor(
        name: "sma-cross",
        summary: "SMA fast/slow crossover, always in the market after the first cross (the peer standard)",
        parameters: [
            StrategyParameter("fast", default: "20", "fast SMA period in bars"),
            StrategyParameter("slow", default: "100", "slow SMA period in bars"),
            .quantity(), .symbol, .timeframe,
        ])

    public let quantity: Quantity
    @usableFromInline var series: SeriesFilter
    /// Both averages over one ring of closes: one ring write (and one copy-on-write check) per bar.
    @usableFromInline var averages: SMAPair
    /// +1 or −1 once the averages first differ; 0 before.
    @usableFromInline var regime = 0

    public init(fast: Int = 20, slow: Int = 100, quantity: Quantity = Quantity(100_000), symbol: String = "",
                timeframe: Timeframe? = nil) {
        precondition(0 < fast && fast < slow, "sma-cross needs 0 < fast < slow")
        self.quantity = quantity
        series = SeriesFilter(symbol: symbol, timeframe: timeframe)
        averages = SMAPair(fast: fast, slow: slow)
    }

    public init(parameters: [String: String]) throws(StrategyParameterError) {
        let p = try StrategyParameters(parameters, for: Self.descriptor)
        let fast = try p.integer("fast", in: 1...1_000_000), slow = try p.integer("slow", in: 2...1_000_000)
        guard fast < slow else { throw p.inconsistent("fast (\(fast)) must be below slow (\(slow))") }
        self.init(fast: fast, slow: slow, quantity: try p.quantity("quantity"), symbol: p.text("symbol"),
                  timeframe: try p.timeframe("timeframe"))
    }

    public mutating func onBar(_ event: BarEvent, context: StrategyContext) -> [OrderIntent] {
        var intents: [OrderIntent] = []
        onBar(event, context: context, into: &intents)
        return intents
    }

    // Always inlined into the specialised run loop: as a call it costs more than its work on
    // the bars that decide nothing (almost all of them); `follow` stays out of line. Appends
    // into the engine's buffer, so those bars hand back no array to release.
    @inlinable @inline(__always)
    public mutating func onBar(_ event: BarEvent, context: StrategyContext, into intents: inout [OrderIntent]) {
        guard series.accepts(event) else { return }
        averages.update(raw: event.bar.close.raw)
        guard averages.isReady else { return }
        let sign = averages.sign
        guard sign != 0, sign != regime else { return }
        let previous = regime
        regime = sign
        guard previous != 0 else { return }  // the first regime is not a cross
        // Appended to the engine's buffer, which keeps its capacity: no array per order.
        follow(event.symbol, context: context, into: &intents)
    }

    @usableFromInline @inline(never)
    func follow(_ symbol: String, context: StrategyContext, into intents: inout [OrderIntent]) {
        let target = Quantity(raw: Int64(regime) * quantity.raw)
        let tag = regime > 0 ? "cross-up" : "cross-down"
        if let intent = PositionTarget.intent(toward: target, symbol: symbol, context: context, tag: tag) { intents.append(intent) }
    }
}
