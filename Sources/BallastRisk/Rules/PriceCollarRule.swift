import BallastCore

/// Limit and stop prices stay within `maxDeviation` of the last quote's mid, and no order is
/// checked against a quote older than `maxQuoteAgeSeconds` (or against no quote at all).
public struct PriceCollarRule: PreTradeRule {
    public let name = RiskRuleName.priceCollar
    public var maxDeviation: Double?
    public var maxQuoteAgeSeconds: Int64?

    public init(maxDeviation: Double?, maxQuoteAgeSeconds: Int64?) {
        self.maxDeviation = maxDeviation
        self.maxQuoteAgeSeconds = maxQuoteAgeSeconds
    }

    public func check(_ check: RiskCheck) -> RiskDecision {
        guard let quote = check.snapshot.quotes[check.symbol] else { return reject("no quote for \(check.symbol)") }
        if let maxQuoteAgeSeconds {
            let age = quote.age(at: check.snapshot.time)
            if age > maxQuoteAgeSeconds * Timestamp.nanosPerSecond {
                return reject("\(check.symbol) quote is \(age / Timestamp.nanosPerSecond) s old > max \(maxQuoteAgeSeconds) s")
            }
        }
        guard let maxDeviation, quote.mid.raw > 0 else { return .accept(check.order) }
        for price in check.order.type.prices {
            let deviation = Double(abs(price.raw - quote.mid.raw)) / Double(quote.mid.raw)
            if deviation > maxDeviation {
                return reject("order price \(price) is \(Shown.ratio(deviation)) from mid \(quote.mid) "
                    + "> max \(Shown.ratio(maxDeviation))")
            }
        }
        return .accept(check.order)
    }
}
