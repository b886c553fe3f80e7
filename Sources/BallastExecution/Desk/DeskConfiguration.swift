import BallastCore
import BallastRisk

/// What one account's risk desk works with: the risk configuration, the instruments and their
/// calendars, the money paid in, and the names it writes into the audit log.
public struct DeskConfiguration: Sendable {
    public var account: String
    /// Limits, sleeves, kill switches (with the day roll) and the weekend policy.
    public var risk: RiskConfiguration
    /// The account's instruments and quote-to-account rates (the router's catalog).
    public var catalog: AccountInstruments
    /// Session calendars by symbol; a symbol without one is treated as always open.
    public var calendars: [String: any TradingCalendar]
    /// Net deposits (deposits − withdrawals) before the desk first ran; later ones go through
    /// `RiskDesk.recordDeposit`. The balance is this plus what the ledger realised.
    public var deposits: Money
    /// The actor of the desk's own audit entries and the strategy of its protective intents.
    public var actor: String
    /// Lengths of the sliding windows of orders sent and errors, in seconds (the order-rate rule
    /// counts the last minute; the error-rate switch its own window, which must fit inside).
    public var windowSeconds: Int64
    /// The equity peak is saved again once it has risen by this fraction since the last save
    /// (so a restart forgets at most this much of the peak, and the store does not get a
    /// version per quote).
    public var peakSaveStep: Double

    public init(account: String, risk: RiskConfiguration, catalog: AccountInstruments,
                calendars: [String: any TradingCalendar] = [:], deposits: Money, actor: String = "risk",
                windowSeconds: Int64? = nil, peakSaveStep: Double = 0.001) {
        self.account = account
        self.risk = risk
        self.catalog = catalog
        self.calendars = calendars
        self.deposits = deposits
        self.actor = actor
        self.windowSeconds = windowSeconds ?? max(60, risk.killSwitches.errorWindowSeconds)
        self.peakSaveStep = peakSaveStep
    }

    public var currency: String { catalog.accountCurrency }

    /// The store key of the persisted kill switch board.
    public var killSwitchKey: String { "killswitch/\(account)" }
    /// The store key of the persisted account marks (day start, peak, deposits).
    public var marksKey: String { "riskdesk/\(account)" }
}
