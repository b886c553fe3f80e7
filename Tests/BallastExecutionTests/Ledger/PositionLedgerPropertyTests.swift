import BallastCore
import BallastExecution
import PropertyBased
import Testing

/// Invariants of the ledger over random fill sequences (buy/sell, 0.01–5 lots, 0.9–1.3).
@Suite struct PositionLedgerPropertyTests {
    typealias Step = (buy: Bool, hundredths: Int, pips: Int)

    static let steps = zip(Gen.bool, Gen.int(in: 1...500), Gen.int(in: 90_000...130_000)).array(of: 1...40)
    static let contracts = Gen.int(in: 0...2).map { [Quantity(1), Quantity(10), Quantity(100_000)][$0] }

    static func fills(_ steps: [Step]) -> [BrokerFill] {
        steps.enumerated().map { index, step in
            BrokerFill(id: FillID("F\(index)"), sequence: UInt64(index + 1), clientID: ClientOrderID("C\(index)"),
                       account: Fixtures.account, symbol: "EURUSD", side: step.buy ? .buy : .sell,
                       quantity: Quantity(raw: Int64(step.hundredths) * 10_000_000),
                       price: Price(mantissa: Int64(step.pips), decimals: 5),
                       time: Fixtures.t0 + Int64(index), commission: Money(raw: Int64(step.hundredths) * 7_000, currency: "USD"))
        }
    }

    @Test func quantityIsTheSumOfSignedFills() async {
        await propertyCheck(input: Self.steps) { steps in
            var ledger = PositionLedger(accountCurrency: "USD")
            let fills = Self.fills(steps)
            for fill in fills { try ledger.apply(fill, terms: ContractTerms(contractSize: Quantity(100_000), quoteCurrency: "USD")) }
            let expected = fills.reduce(Int64(0)) { $0 + $1.signedQuantity.raw }
            #expect(ledger.position(account: Fixtures.account, symbol: "EURUSD")?.quantity.raw == expected)
            #expect(ledger.position(account: Fixtures.account, symbol: "EURUSD")?.commissions.raw
                    == fills.reduce(Int64(0)) { $0 + $1.commission.raw })
        }
    }

    /// Realised + unrealised PnL equals the cash the fills paid and received plus the open
    /// quantity's value at the mark (each side rounded once to a micro-unit).
    @Test func pnlMatchesTheCashFlowIdentity() async {
        await propertyCheck(input: Self.steps, Gen.int(in: 90_000...130_000), Self.contracts) { steps, markPips, contract in
            let terms = ContractTerms(contractSize: contract, quoteCurrency: "USD")
            var ledger = PositionLedger(accountCurrency: "USD")
            let fills = Self.fills(steps)
            for fill in fills { try ledger.apply(fill, terms: terms) }
            let mark = Price(mantissa: Int64(markPips), decimals: 5)
            let position = try #require(ledger.position(account: Fixtures.account, symbol: "EURUSD"))
            let unrealized = try ledger.unrealizedPnL(account: Fixtures.account, symbol: "EURUSD", mark: mark, terms: terms)
            var cash: Int128 = Int128(mark.raw) * Int128(position.quantity.raw)
            for fill in fills { cash -= Int128(fill.signedQuantity.raw) * Int128(fill.price.raw) }
            // price × lots (10⁻¹⁸) × contract (10⁻⁹) → micro-units (10⁻⁶): / 10²¹.
            let product = cash * Int128(contract.raw)
            let divisor: Int128 = 1_000_000_000_000_000_000_000
            let expected = product >= 0 ? (product + divisor / 2) / divisor : (product - divisor / 2) / divisor
            let total = Int128(position.realizedPnL.raw + unrealized.raw)
            #expect(abs(total - expected) <= 1, "realised \(position.realizedPnL) + unrealised \(unrealized)")
        }
    }

    @Test func applyingAFillTwiceChangesNothing() async {
        await propertyCheck(input: Self.steps, Gen.int(in: 0...1_000)) { steps, seed in
            let terms = ContractTerms(contractSize: Quantity(100_000), quoteCurrency: "USD")
            let fills = Self.fills(steps)
            var once = PositionLedger(accountCurrency: "USD")
            for fill in fills { try once.apply(fill, terms: terms) }
            // Replay each fill again right away, then some of them once more at the end.
            var twice = PositionLedger(accountCurrency: "USD")
            for fill in fills {
                try twice.apply(fill, terms: terms)
                try twice.apply(fill, terms: terms)
            }
            for (index, fill) in fills.enumerated() where (index + seed) % 3 == 0 { try twice.apply(fill, terms: terms) }
            #expect(twice == once)
        }
    }
}
