import BallastCore
import BallastStore

/// After a benchmark run: does the ledger agree with the venue? Same fills (by id), same
/// positions, one venue order per intent.
struct OrderPathCheck {
    var ledgerFills = 0
    var venueFills = 0
    var problems: [String] = []

    var matches: Bool { problems.isEmpty }

    static func run(_ fixture: OrderPathFixture, expectedOrders: Int) async throws -> OrderPathCheck {
        let account = OrderPathFixture.account
        var check = OrderPathCheck()
        let venueFills = try await fixture.broker.fills(account: account, after: 0)
        let ledgerFills = try await fixture.store.store.fills(account: account, after: 0)
        check.venueFills = venueFills.count
        check.ledgerFills = ledgerFills.count
        if Set(venueFills.map(\.id)) != Set(ledgerFills.map(\.id)) { check.problems.append("fill ids differ") }
        let venueOrders = await fixture.broker.venue.accounts[account]?.orders.count ?? 0
        if venueOrders != expectedOrders { check.problems.append("\(venueOrders) venue orders for \(expectedOrders) intents") }
        let venue = try await fixture.broker.positions(account: account).filter { $0.quantity != .zero }
        let ledger = try await fixture.store.store.positions(account: account).filter { $0.quantity != .zero }
        let venueBySymbol = Dictionary(uniqueKeysWithValues: venue.map { ($0.symbol, $0.quantity) })
        let ledgerBySymbol = Dictionary(uniqueKeysWithValues: ledger.map { ($0.symbol, $0.quantity) })
        if venueBySymbol != ledgerBySymbol { check.problems.append("positions differ: venue \(venueBySymbol), ledger \(ledgerBySymbol)") }
        return check
    }
}
