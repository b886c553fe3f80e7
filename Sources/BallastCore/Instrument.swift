/// The static specification of a tradable symbol, as MT5 describes it.
///
/// A validated value: the throwing initializer refuses anything a broker could not really
/// offer, so order sizing and cost models can trust every field.
public struct Instrument: Hashable, Sendable, CustomStringConvertible {
    /// Canonical symbol (`EURUSD`, `US500`, `XAUUSD`), independent of any broker's spelling.
    public let symbol: String
    public let assetClass: AssetClass
    /// Base currency (`EUR` in EURUSD; the quote currency again for index CFDs).
    public let baseCurrency: String
    /// Currency prices, profit, tick value and swaps are expressed in.
    public let quoteCurrency: String
    /// Decimals of a quoted price.
    public let digits: Int
    /// The smallest price increment shown: 10⁻digits.
    public let point: Price
    /// The smallest price change that can occur; a multiple of `point`.
    public let tickSize: Price
    /// Value of one tick for one lot, in `quoteCurrency`.
    public let tickValue: Money
    /// Units of the underlying in one lot (100 000 for FX, 100 oz for gold).
    public let contractSize: Quantity
    public let volumeMin: Quantity
    public let volumeStep: Quantity
    public let volumeMax: Quantity
    /// Initial margin as a fraction of notional (0.0333 is 1:30). Configuration, not the order path.
    public let marginRate: Double
    /// Swap in points per lot per night, for long and short positions (negative is a charge).
    public let swapLong: Points
    public let swapShort: Points
    /// The weekday whose rollover charges three nights, or nil when every night counts once.
    public let tripleSwapDay: Weekday?
    /// When the instrument trades.
    public let session: SessionTemplate

    /// - Parameters:
    ///   - tickSize: defaults to `point`.
    ///   - tickValue: defaults to `tickSize × contractSize` in `quoteCurrency`.
    public init(
        symbol: String, assetClass: AssetClass, baseCurrency: String, quoteCurrency: String,
        digits: Int, tickSize: Price? = nil, tickValue: Money? = nil, contractSize: Quantity,
        volumeMin: Quantity, volumeStep: Quantity, volumeMax: Quantity, marginRate: Double,
        swapLong: Points = .zero, swapShort: Points = .zero, tripleSwapDay: Weekday? = nil,
        session: SessionTemplate
    ) throws(InstrumentSpecError) {
        try Self.checkName(symbol, field: "symbol")
        try Self.checkCurrency(baseCurrency, field: "baseCurrency")
        try Self.checkCurrency(quoteCurrency, field: "quoteCurrency")
        guard (0...8).contains(digits) else { throw InstrumentSpecError(field: "digits", "\(digits) is outside 0...8") }
        let point = Price(mantissa: 1, decimals: digits)
        let tick = tickSize ?? point
        guard tick.raw > 0, tick.raw % point.raw == 0 else {
            throw InstrumentSpecError(field: "tickSize", "\(tick) is not a positive multiple of the point \(point)")
        }
        guard contractSize.raw > 0 else { throw InstrumentSpecError(field: "contractSize", "must be positive, got \(contractSize)") }
        let value = tickValue ?? Money.notional(tick, contractSize, currency: quoteCurrency)
        guard value.raw > 0, value.currency == quoteCurrency else {
            throw InstrumentSpecError(field: "tickValue", "must be a positive amount in \(quoteCurrency), got \(value)")
        }
        try Self.checkVolumes(min: volumeMin, step: volumeStep, max: volumeMax)
        guard marginRate.isFinite, marginRate > 0, marginRate <= 1 else {
            throw InstrumentSpecError(field: "marginRate", "\(marginRate) is outside (0, 1]")
        }
        self.symbol = symbol
        self.assetClass = assetClass
        self.baseCurrency = baseCurrency
        self.quoteCurrency = quoteCurrency
        self.digits = digits
        self.point = point
        self.tickSize = tick
        self.tickValue = value
        self.contractSize = contractSize
        self.volumeMin = volumeMin
        self.volumeStep = volumeStep
        self.volumeMax = volumeMax
        self.marginRate = marginRate
        self.swapLong = swapLong
        self.swapShort = swapShort
        self.tripleSwapDay = tripleSwapDay
        self.session = session
    }

    /// Whether `lots` can be sent as an order volume: within limits and on the step grid
    /// (counted from zero, as MT5 checks it).
    public func isValidVolume(_ lots: Quantity) -> Bool {
        lots >= volumeMin && lots <= volumeMax && lots.isMultiple(of: volumeStep)
    }

    /// One night's swap for one lot in `quoteCurrency` (before any triple-day multiplier).
    public func swapPerLot(long: Bool) -> Money {
        let points = long ? swapLong : swapShort
        let product = Int128(points.raw) * Int128(point.raw) * Int128(contractSize.raw)
        let divisor = Int128(Points.scale) * Int128(Price.scale) * Int128(Quantity.scale) / Int128(Money.scale)
        let half = divisor / 2
        let rounded = product >= 0 ? (product + half) / divisor : (product - half) / divisor
        return Money(raw: Int64(rounded), currency: quoteCurrency)
    }

    public var description: String { "\(symbol) (\(assetClass.rawValue), \(digits) digits)" }

    static func checkName(_ name: String, field: String) throws(InstrumentSpecError) {
        guard !name.isEmpty, !name.utf8.contains(where: { $0 <= 32 || $0 == 127 }) else {
            throw InstrumentSpecError(field: field, "\"\(name)\" is empty or contains whitespace")
        }
    }

    private static func checkCurrency(_ code: String, field: String) throws(InstrumentSpecError) {
        let ok = (3...6).contains(code.utf8.count)
            && code.utf8.allSatisfy { (65...90).contains($0) || (48...57).contains($0) }
        guard ok else { throw InstrumentSpecError(field: field, "\"\(code)\" is not an upper-case currency code") }
    }

    private static func checkVolumes(min: Quantity, step: Quantity, max: Quantity) throws(InstrumentSpecError) {
        guard step.raw > 0 else { throw InstrumentSpecError(field: "volumeStep", "must be positive, got \(step)") }
        guard min.raw > 0 else { throw InstrumentSpecError(field: "volumeMin", "must be positive, got \(min)") }
        guard min <= max else { throw InstrumentSpecError(field: "volumeMax", "\(max) is below the minimum \(min)") }
    }
}
