import BallastCore

/// The few instrument fields the cost models read on every fill, kept apart from `MarketRules`
/// so a fill passes two integers and a string instead of copying the whole `Instrument`.
struct MarketTerms: Sendable {
    let point: Price
    let contractSize: Quantity
    let quoteCurrency: String

    init(_ instrument: Instrument) {
        point = instrument.point
        contractSize = instrument.contractSize
        quoteCurrency = instrument.quoteCurrency
    }
}
