import BallastCore

/// Shared last steps of every sizing method.
enum SizingMath {
    /// Account-currency notional of one lot at `price` (contract size × price × quoteToAccount).
    static func notionalPerLot(_ instrument: RiskInstrument, price: Price, currency: String) -> Money {
        instrument.notional(lots: Quantity(1), price: price, currency: currency)
    }

    /// `amount` / `perLot` lots, capped at `cap` and the broker maximum, rounded down to the
    /// volume step; zero when the result is below the broker minimum or the inputs are degenerate.
    static func lots(_ amount: Double, perLot: Money, instrument: RiskInstrument, cap: Quantity?) -> Quantity {
        guard perLot.raw > 0, amount.isFinite, amount > 0 else { return .zero }
        let raw = amount / Double(perLot.raw) * Double(Quantity.scale)
        return finish(Quantity(raw: raw >= Double(Int64.max) ? .max : Int64(raw)), instrument: instrument, cap: cap)
    }

    /// `lots` capped, rounded down to the step, zero below the broker minimum.
    static func finish(_ lots: Quantity, instrument: RiskInstrument, cap: Quantity?) -> Quantity {
        let spec = instrument.spec
        let capped = min(lots, cap ?? spec.volumeMax, spec.volumeMax)
        let stepped = instrument.roundedDown(capped)
        return stepped < spec.volumeMin ? .zero : stepped
    }
}
