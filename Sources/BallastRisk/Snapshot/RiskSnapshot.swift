import BallastCore

/// Everything a risk decision may look at, passed in by the caller: no rule reads a clock,
/// a store or a broker. The router builds one from its ledger and market state per decision.
public struct RiskSnapshot: Sendable {
    /// Event time of the decision.
    public var time: Timestamp
    public var account: AccountState
    /// Net positions per symbol; a missing symbol is flat.
    public var positions: [String: PositionState]
    public var workingOrders: [WorkingOrder]
    public var quotes: [String: QuoteState]
    /// Orders sent recently (the rate rule counts the last minute of it).
    public var ordersSent: EventWindow
    /// Broker and routing errors recently (the error-rate kill switch compares it with `ordersSent`).
    public var errors: EventWindow
    /// The symbols risk knows; an intent for any other is malformed.
    public var instruments: [String: RiskInstrument]
    /// Realised PnL since the start of the trading day, in the account currency.
    public var dailyRealisedPnL: Money
    /// Equity at the start of the trading day (the latest `DayRoll`), adjusted for deposits and
    /// withdrawals since; with it the daily-loss switch counts unrealised PnL too.
    public var dayStartEquity: Money?
    /// The highest equity seen (the drawdown kill switch measures from it).
    public var equityPeak: Money
    /// Losing trades in a row, most recent last.
    public var consecutiveLosses: Int
    /// Per-strategy usage, by strategy name.
    public var sleeves: [String: SleeveState]
    /// Kill switches engaged now and their grades, the manual halt among them
    /// (from `KillSwitchBoard.engagedGrades`).
    public var engagedKillSwitches: [KillSwitchKind: KillSwitchGrade]

    public init(
        time: Timestamp, account: AccountState, positions: [String: PositionState] = [:],
        workingOrders: [WorkingOrder] = [], quotes: [String: QuoteState] = [:],
        ordersSent: EventWindow = EventWindow(seconds: 60), errors: EventWindow = EventWindow(seconds: 60),
        instruments: [String: RiskInstrument], dailyRealisedPnL: Money? = nil, dayStartEquity: Money? = nil,
        equityPeak: Money? = nil,
        consecutiveLosses: Int = 0, sleeves: [String: SleeveState] = [:],
        engagedKillSwitches: [KillSwitchKind: KillSwitchGrade] = [:]
    ) {
        self.time = time
        self.account = account
        self.positions = positions
        self.workingOrders = workingOrders
        self.quotes = quotes
        self.ordersSent = ordersSent
        self.errors = errors
        self.instruments = instruments
        self.dailyRealisedPnL = dailyRealisedPnL ?? .zero(account.currency)
        self.dayStartEquity = dayStartEquity
        self.equityPeak = equityPeak ?? account.equity
        self.consecutiveLosses = consecutiveLosses
        self.sleeves = sleeves
        self.engagedKillSwitches = engagedKillSwitches
    }

    /// The signed position in `symbol` (zero when flat).
    public func position(_ symbol: String) -> Quantity { positions[symbol]?.quantity ?? .zero }

    /// The price to value `symbol` at: the quote's mid, else the position's mark.
    public func markPrice(_ symbol: String) -> Price? {
        quotes[symbol]?.mid ?? positions[symbol]?.markPrice
    }

    /// The most severe halt in force, if any.
    public var haltGrade: KillSwitchGrade? { engagedKillSwitches.values.max() }
}
