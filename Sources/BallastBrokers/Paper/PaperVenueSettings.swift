import BallastCore

/// How the paper venue behaves. Journaled with the venue, so a reopened venue behaves the same.
public struct PaperVenueSettings: Sendable, Codable, Hashable {
    /// Commission per fill.
    public var commission: PaperCommission
    /// The currency of a zero commission (and of commissions when `commission` is `.none`).
    public var accountCurrency: String
    /// Adverse move on market and stop fills (limits never slip).
    public var slippage: Price
    /// A market order is refused when its symbol's quote is older than this (nanoseconds,
    /// measured against the venue clock); nil accepts any age.
    public var maxQuoteAge: Int64?
    /// The most one quote fills across a symbol's orders; nil is unlimited.
    public var maxFillPerQuote: Quantity?
    /// The share of a quote's `volume` that may fill, in parts per million (10% = 100,000);
    /// nil (or a quote without volume) leaves fills uncapped by volume.
    public var participationPPM: Int64?
    /// Like MT5, the venue accepts a second order with a client id it already holds (which
    /// is how tests catch a router that sends twice). True refuses it with `.rejected`.
    public var rejectDuplicateClientIDs: Bool
    /// Overnight financing by symbol; a symbol without terms (and every symbol when nil, as in
    /// journals older than swaps) is not charged.
    public var swaps: [String: PaperSwapTerms]?

    public init(commission: PaperCommission = .none, accountCurrency: String = "USD", slippage: Price = .zero,
                maxQuoteAge: Int64? = nil, maxFillPerQuote: Quantity? = nil, participationPPM: Int64? = nil,
                rejectDuplicateClientIDs: Bool = false, swaps: [String: PaperSwapTerms]? = nil) {
        self.commission = commission
        self.accountCurrency = accountCurrency
        self.slippage = slippage
        self.maxQuoteAge = maxQuoteAge
        self.maxFillPerQuote = maxFillPerQuote
        self.participationPPM = participationPPM
        self.rejectDuplicateClientIDs = rejectDuplicateClientIDs
        self.swaps = swaps
    }

    /// The fill budget a quote opens for its symbol; nil is unlimited.
    func budget(for quote: PaperQuote) -> Quantity? {
        var cap = maxFillPerQuote
        if let ppm = participationPPM, let volume = quote.volume {
            let byVolume = Quantity(raw: Int64(Int128(volume.raw) * Int128(ppm) / 1_000_000))
            cap = cap.map { min($0, byVolume) } ?? byVolume
        }
        return cap
    }
}
