import BallastCore

/// Cuts exposure ahead of an instrument's weekend close, per asset class.
///
/// The weekend close is the next close, within `leadSeconds`, after which the market stays shut
/// for at least `minimumClosureSeconds` (a day by default: longer than any daily break, so the
/// Friday close qualifies and so does a long holiday). Asset classes without an action (crypto,
/// unless configured) are exempt.
public struct WeekendPolicy: Sendable, Hashable {
    /// How long before the close the window opens.
    public var leadSeconds: Int64
    public var actions: [AssetClass: WeekendAction]
    public var minimumClosureSeconds: Int64

    public init(leadSeconds: Int64, actions: [AssetClass: WeekendAction], minimumClosureSeconds: Int64 = 86_400) {
        self.leadSeconds = leadSeconds
        self.actions = actions
        self.minimumClosureSeconds = minimumClosureSeconds
    }

    /// The weekend close of `instrument` if `time` is inside its window `[close − lead, close)`;
    /// nil outside the window, when the market is already closed, or when the class is exempt.
    public func windowClose(for instrument: RiskInstrument, at time: Timestamp) -> Timestamp? {
        guard actions[instrument.spec.assetClass] != nil, instrument.calendar.isOpen(at: time) else { return nil }
        let scan = CalendarScan(calendar: instrument.calendar)
        var from = time
        let limit = time + leadSeconds * Timestamp.nanosPerSecond
        while let close = scan.nextClose(after: from, limit: limit) {
            let reopenLimit = close + minimumClosureSeconds * Timestamp.nanosPerSecond
            guard let reopen = scan.nextOpen(after: close, limit: reopenLimit) else { return close }
            from = reopen
        }
        return nil
    }

    /// The order that applies the weekend action to `position` (signed lots), or nil.
    public func order(for instrument: RiskInstrument, position: Quantity) -> OrderIntent? {
        guard let action = actions[instrument.spec.assetClass], position.raw != 0 else { return nil }
        let size = Quantity(raw: abs(position.raw))
        let target: Quantity
        switch action {
        case .flatten: target = .zero
        case .reduce(let fraction):
            target = instrument.roundedDown(Quantity(raw: Int64((Double(size.raw) * fraction).rounded(.down))))
        }
        let cut = size - target
        guard cut.raw > 0 else { return nil }
        let delta = Quantity(raw: position.raw > 0 ? -cut.raw : cut.raw)
        return OrderIntent.market(instrument.symbol, delta: delta, tag: "weekend")
    }
}
