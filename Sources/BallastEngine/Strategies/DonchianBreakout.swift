import BallastCore

/// Trend following on channel breakouts (the turtle rule): go long when a bar closes above the
/// highest high of the previous `entry` bars, short when it closes below their lowest low
/// (if `short`); leave a long when a close falls below the lowest low of the previous `exit`
/// bars, a short when one rises above their highest high. Channels exclude the bar being judged.
public struct DonchianBreakout: ConfigurableStrategy {
    /// Indicators carry all the state this strategy needs: the context keeps no bars.
    public static let historyLength = 0

    public static let descriptor = StrategyDescriptor(
        name: "donchian-breakout",
        summary: "trend following: enter on a close beyond the entry channel, leave through the exit channel",
        parameters: [
            StrategyParameter("entry", default: "20", "entry channel length in bars"),
            StrategyParameter("exit", default: "10", "exit channel length in bars"),
            .quantity(), .short, .symbol, .timeframe,
        ])

    public let quantity: Quantity
    public let allowsShort: Bool
    @usableFromInline var series: SeriesFilter
    @usableFromInline var entryChannel: Donchian
    @usableFromInline var exitChannel: Donchian
    /// The direction the strategy wants: +1, 0 or −1.
    @usableFromInline var direction = 0

    public init(entry: Int = 20, exit: Int = 10, quantity: Quantity = Quantity(100_000), allowsShort: Bool = true,
                symbol: String = "", timeframe: Timeframe? = nil) {
        self.quantity = quantity
        self.allowsShort = allowsShort
        series = SeriesFilter(symbol: symbol, timeframe: timeframe)
        entryChannel = Donchian(period: entry)
        exitChannel = Donchian(period: exit)
    }

    public init(parameters: [String: String]) throws(StrategyParameterError) {
        let p = try StrategyParameters(parameters, for: Self.descriptor)
        self.init(entry: try p.integer("entry", in: 1...100_000), exit: try p.integer("exit", in: 1...100_000),
                  quantity: try p.quantity("quantity"), allowsShort: try p.flag("short"), symbol: p.text("symbol"),
                  timeframe: try p.timeframe("timeframe"))
    }

    @inlinable
    public mutating func onBar(_ event: BarEvent, context: StrategyContext) -> [OrderIntent] {
        guard series.accepts(event) else { return [] }
        let entry = entryChannel.value, exit = exitChannel.value
        entryChannel.update(event.bar)
        exitChannel.update(event.bar)
        guard let entry, let exit else { return [] }
        let next = Self.direction(after: direction, close: event.bar.close, entry: entry, exit: exit, allowsShort: allowsShort)
        guard next != direction else { return [] }
        direction = next
        let target = Quantity(raw: Int64(next) * quantity.raw)
        return PositionTarget.intents(toward: target, symbol: event.symbol, context: context, tag: "breakout")
    }

    @inlinable
    static func direction(after current: Int, close: Price, entry: Donchian.Channel, exit: Donchian.Channel,
                          allowsShort: Bool) -> Int {
        if close > entry.upper { return 1 }
        if close < entry.lower { return allowsShort ? -1 : 0 }
        if current > 0 && close < exit.lower { return 0 }
        if current < 0 && close > exit.upper { return 0 }
        return current
    }
}
