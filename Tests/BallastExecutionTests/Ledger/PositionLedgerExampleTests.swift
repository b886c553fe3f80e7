import BallastCore
import BallastExecution
import BallastStore
import Testing

@Suite struct PositionLedgerExampleTests {
    let fx = ContractTerms(contractSize: Quantity(100_000), quoteCurrency: "USD")

    @Test func averagesEntriesAndRealisesOnReduction() throws {
        var ledger = PositionLedger(accountCurrency: "USD")
        try ledger.apply(Fixtures.fill(1, .buy, "1", at: "1.10000", commission: "3.5"), terms: fx)
        try ledger.apply(Fixtures.fill(2, .buy, "1", at: "1.10200", commission: "3.5"), terms: fx)
        var position = try #require(ledger.position(account: Fixtures.account, symbol: "EURUSD"))
        #expect(position.quantity == Quantity(2))
        #expect(position.averagePrice == Price("1.101")!)
        // Sell 0.5 lot at 1.10300: (1.103 − 1.101) × 0.5 × 100 000 = 100 USD.
        position = try ledger.apply(Fixtures.fill(3, .sell, "0.5", at: "1.10300", commission: "1.75"), terms: fx)
        #expect(position.quantity == Quantity("1.5")!)
        #expect(position.averagePrice == Price("1.101")!)
        #expect(position.realizedPnL == Fixtures.money("100"))
        #expect(position.commissions == Fixtures.money("8.75"))
        // Marked at 1.10000 the open 1.5 lots lose 0.001 × 150 000 = 150 USD.
        let open = try ledger.unrealizedPnL(account: Fixtures.account, symbol: "EURUSD", mark: Price("1.1")!, terms: fx)
        #expect(open == Fixtures.money("-150"))
    }

    @Test func swapsBookedByFillsAddUpAndAForeignCurrencyIsRefused() throws {
        var ledger = PositionLedger(accountCurrency: "USD")
        try ledger.apply(Fixtures.fill(1, .buy, "2", at: "1.10000"), terms: fx)
        var partial = Fixtures.fill(2, .sell, "0.5", at: "1.10000")
        partial.swap = Fixtures.money("-13")
        var rest = Fixtures.fill(3, .sell, "1.5", at: "1.10000")
        rest.swap = Fixtures.money("-58.5")
        try ledger.apply(partial, terms: fx)
        let closed = try ledger.apply(rest, terms: fx)
        #expect(closed.swaps == Fixtures.money("-71.5"))
        #expect(closed.realizedPnL == Fixtures.money("0"))
        var foreign = Fixtures.fill(4, .buy, "1", at: "1.10000")
        foreign.swap = Money("-1", currency: "EUR")
        #expect(throws: LedgerError.currencyMismatch(expected: "USD", got: "EUR")) { try ledger.apply(foreign, terms: fx) }
        #expect(ledger.position(account: Fixtures.account, symbol: "EURUSD") == closed)
    }

    @Test func reversalThroughZeroOpensAtTheFillPrice() throws {
        var ledger = PositionLedger(accountCurrency: "USD")
        try ledger.apply(Fixtures.fill(1, .buy, "1", at: "1.20000"), terms: fx)
        let position = try ledger.apply(Fixtures.fill(2, .sell, "3", at: "1.19000"), terms: fx)
        // The long lost 0.01 × 100 000 = 1 000; the short of 2 lots opens at 1.19.
        #expect(position.quantity == Quantity(-2))
        #expect(position.averagePrice == Price("1.19")!)
        #expect(position.realizedPnL == Fixtures.money("-1000"))
        let covered = try ledger.apply(Fixtures.fill(3, .buy, "2", at: "1.18500"), terms: fx)
        #expect(covered.quantity == .zero)
        #expect(covered.averagePrice == .zero)
        #expect(covered.realizedPnL == Fixtures.money("0"))  // −1 000 + 0.005 × 200 000
    }

    @Test func convertsQuoteCurrencyPnLAtTheFillRate() throws {
        // USDJPY on a USD account: 1 JPY = 0.0064 USD at the exit.
        let yen = ContractTerms(contractSize: Quantity(100_000), quoteCurrency: "JPY", quoteToAccount: Price("0.0064")!)
        var ledger = PositionLedger(accountCurrency: "USD")
        try ledger.apply(Fixtures.fill(1, .buy, "1", at: "155.000", symbol: "USDJPY"), terms: yen)
        let position = try ledger.apply(Fixtures.fill(2, .sell, "1", at: "156.000", symbol: "USDJPY"), terms: yen)
        // 1.000 JPY × 100 000 = 100 000 JPY = 640 USD.
        #expect(position.realizedPnL == Fixtures.money("640"))
    }

    @Test func indexContractSizeScalesPnL() throws {
        let index = ContractTerms(contractSize: Quantity(10), quoteCurrency: "USD")
        var ledger = PositionLedger(accountCurrency: "USD")
        try ledger.apply(Fixtures.fill(1, .sell, "0.3", at: "5000.25", symbol: "US500"), terms: index)
        let position = try ledger.apply(Fixtures.fill(2, .buy, "0.1", at: "4990.00", symbol: "US500"), terms: index)
        #expect(position.quantity == Quantity("-0.2")!)
        #expect(position.realizedPnL == Fixtures.money("10.25"))  // 10.25 × 0.1 × 10
    }

    @Test func duplicateFillIdChangesNothing() throws {
        var ledger = PositionLedger(accountCurrency: "USD")
        try ledger.apply(Fixtures.fill(1, .buy, "1", at: "1.1", commission: "2"), terms: fx)
        let before = ledger
        try ledger.apply(Fixtures.fill(1, .buy, "1", at: "1.1", commission: "2"), terms: fx)
        #expect(ledger == before)
        #expect(ledger.hasApplied(FillID("F1"), account: Fixtures.account))
    }

    @Test func swapsAccumulateSeparately() throws {
        var ledger = PositionLedger(accountCurrency: "USD")
        try ledger.apply(Fixtures.fill(1, .buy, "1", at: "1.1"), terms: fx)
        try ledger.applySwap(Fixtures.money("-4.2"), account: Fixtures.account, symbol: "EURUSD", at: Fixtures.t0)
        let position = try ledger.applySwap(Fixtures.money("-4.2"), account: Fixtures.account, symbol: "EURUSD", at: Fixtures.t0)
        #expect(position.swaps == Fixtures.money("-8.4"))
        #expect(position.realizedPnL == Fixtures.money("0"))
    }

    @Test func refusesBadInputWithoutChangingAnything() throws {
        var ledger = PositionLedger(accountCurrency: "USD")
        var zero = Fixtures.fill(1, .buy, "1", at: "1.1")
        zero.quantity = .zero
        #expect(throws: LedgerError.nonPositiveQuantity(FillID("F1"), .zero)) { try ledger.apply(zero, terms: fx) }
        var euros = Fixtures.fill(2, .buy, "1", at: "1.1")
        euros.commission = Fixtures.money("1", "EUR")
        #expect(throws: LedgerError.currencyMismatch(expected: "USD", got: "EUR")) { try ledger.apply(euros, terms: fx) }
        #expect(ledger.positions.isEmpty)
        #expect(!ledger.hasApplied(FillID("F2"), account: Fixtures.account))
    }

    @Test func continuesFromStoredPositions() throws {
        let stored = PositionRecord(account: Fixtures.account, symbol: "EURUSD", quantity: Quantity(1), averagePrice: Price("1.1")!,
                                    realizedPnL: Fixtures.money("50"), commissions: Fixtures.money("3"),
                                    swaps: Fixtures.money("0"), updatedAt: Fixtures.t0)
        var ledger = PositionLedger(accountCurrency: "USD", positions: [stored], appliedFills: [(Fixtures.account, FillID("F1"))])
        #expect(ledger.hasApplied(FillID("F1"), account: Fixtures.account))
        let position = try ledger.apply(Fixtures.fill(2, .sell, "1", at: "1.1001"), terms: fx)
        #expect(position.realizedPnL == Fixtures.money("60"))
        #expect(position.quantity == .zero)
    }
}
