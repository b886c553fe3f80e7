import BallastCore

/// How the simulated exchange trades one symbol: the instrument, its bars' timeframe, its hours
/// and the costs a fill pays.
public struct MarketRules: Sendable {
    public var instrument: Instrument
    /// The timeframe of the bars that drive this symbol (a bar closes one timeframe after it opens).
    public var timeframe: Timeframe
    /// No fills while this says closed; orders wait for the reopen.
    public var calendar: any TradingCalendar
    public var spread: any SpreadModel
    public var commission: any CommissionModel
    public var slippage: any SlippageModel
    /// Nil for no cap.
    public var participation: ParticipationCap?

    public init(instrument: Instrument, timeframe: Timeframe, calendar: any TradingCalendar = AlwaysOpenCalendar(),
                spread: any SpreadModel = BarSpread(), commission: any CommissionModel = NoCommission(),
                slippage: any SlippageModel = NoSlippage(), participation: ParticipationCap? = nil) {
        self.instrument = instrument
        self.timeframe = timeframe
        self.calendar = calendar
        self.spread = spread
        self.commission = commission
        self.slippage = slippage
        self.participation = participation
    }

    public var symbol: String { instrument.symbol }
}
