/// The stable name of a pre-trade rule: what a rejection names, what configuration disables,
/// what the audit log records. Listed in the order `RiskManager` runs them.
public enum RiskRuleName: String, Sendable, Hashable, CaseIterable, Codable {
    case wellFormed, allowedInstruments, killSwitch, sessionOpen, weekend, brokerVolume, maxOrderSize
    case maxPosition, riskPerTrade, exposure, sleeveBudget, margin, priceCollar, orderRate
}
