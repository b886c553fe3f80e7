import BallastCore
import BallastRisk
import BallastStore

extension RiskDesk {
    /// Everything a risk decision at `time` may look at, from the desk's state (quotes as last
    /// updated, the ledger as of the last refresh). Moves the day-start mark when a day roll
    /// passed and raises the equity peak.
    ///
    /// Account figures, in the account currency:
    /// - balance = deposits + Σ (realised PnL − commissions + swaps) over the ledger's positions;
    /// - equity = balance + unrealised PnL, each open position marked at the price that would
    ///   close it (the bid for a long, the ask for a short), as MT5 does; a position without a
    ///   quote (or without a conversion rate) is marked at its average price, adding nothing;
    /// - free margin = equity − Σ |notional at the mid| × the instrument's margin rate. An
    ///   approximation: the venue margins at the open price, may net hedges and tier leverage.
    public func snapshot(at time: Timestamp) -> RiskSnapshot {
        let instruments = riskInstruments(at: time)
        let currency = configuration.currency
        var balance = marks.deposits.raw
        var unrealised: Int64 = 0
        var margin: Int64 = 0
        var states: [String: PositionState] = [:]
        for record in positions {
            balance += record.realizedPnL.raw - record.commissions.raw + record.swaps.raw
            guard record.quantity.raw != 0 else { continue }
            let quote = quotes[record.symbol]
            states[record.symbol] = PositionState(quantity: record.quantity, markPrice: quote?.mid ?? record.averagePrice)
            guard let quote, let instrument = instruments[record.symbol] else { continue }
            let close = quote.price(for: record.quantity.raw > 0 ? .sell : .buy)
            unrealised += unrealisedPnL(record, at: close, instrument: instrument)
            let notional = instrument.notional(lots: record.quantity, price: quote.mid, currency: currency)
            // The rate is a Double from configuration: round to the nearest micro-unit, so its
            // binary noise (0.0333 is not exact) does not add one.
            margin += Int64((Double(notional.raw) * instrument.spec.marginRate).rounded())
        }
        let equity = Money(raw: balance + unrealised, currency: currency)
        let dayRoll = configuration.risk.killSwitches.dayRoll
        let dayStart = dayRoll.start(ofDayContaining: time)
        marks.observe(equity: equity, dayStart: dayStart)
        let account = AccountState(equity: equity, balance: Money(raw: balance, currency: currency),
                                   freeMargin: Money(raw: equity.raw - margin, currency: currency))
        return RiskSnapshot(
            time: time, account: account, positions: states, workingOrders: working, quotes: quotes, ordersSent: ordersSent,
            errors: errors, instruments: instruments, dailyRealisedPnL: tally.realised(dayStart: dayStart, currency: currency),
            dayStartEquity: marks.dayStartEquity, equityPeak: marks.equityPeak, consecutiveLosses: tally.consecutiveLosses,
            sleeves: tally.sleeveStates(dayStart: dayStart, currency: currency), engagedKillSwitches: board.engagedGrades)
    }

    /// The account's instruments as risk sees them at `time`; one without a conversion rate
    /// is left out (risk then refuses its intents as unknown, the safe side).
    func riskInstruments(at time: Timestamp) -> [String: RiskInstrument] {
        var result: [String: RiskInstrument] = [:]
        for (symbol, spec) in configuration.catalog.instruments {
            guard let terms = try? configuration.catalog.terms(for: symbol, at: time) else { continue }
            result[symbol] = RiskInstrument(spec: spec, calendar: configuration.calendars[symbol] ?? AlwaysOpenCalendar(),
                                            quoteToAccount: terms.quoteToAccount)
        }
        return result
    }

    /// Unrealised PnL of `record` at `mark` in micro-units (zero when the ledger cannot value it).
    private func unrealisedPnL(_ record: PositionRecord, at mark: Price, instrument: RiskInstrument) -> Int64 {
        let terms = ContractTerms(instrument: instrument.spec, quoteToAccount: instrument.quoteToAccount)
        let pnl = try? book.unrealizedPnL(account: record.account, symbol: record.symbol, mark: mark, terms: terms)
        return pnl?.raw ?? 0
    }
}
