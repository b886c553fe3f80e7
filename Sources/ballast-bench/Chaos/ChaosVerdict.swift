import BallastBrokers
import BallastCore
import BallastStore

/// The chaos benchmark's findings after the last run: the ledger against the venue's journal.
struct ChaosVerdict {
    var intents = 0
    var orders = 0
    /// Venue orders beyond the first for the same client order id (a double send).
    var duplicateOrders = 0
    /// Venue fills the ledger does not have.
    var lostFills = 0
    /// Ledger fills the venue never made, orders whose status differs from the venue's, and
    /// symbols whose position differs.
    var ledgerMismatches = 0
    var details: [String] = []

    static func judge(_ ledger: SQLLedgerStore, venue: PaperVenue) async throws -> ChaosVerdict {
        let account = ChaosScript.account
        var verdict = ChaosVerdict()
        verdict.intents = try await ChaosLedger.recordedIntents(ledger)
        verdict.orders = try await ChaosLedger.count("SELECT COUNT(*) AS n FROM orders WHERE account = ?", ledger)
        let venueOrders = venue.accounts[account]?.orders ?? []
        for (id, copies) in Dictionary(grouping: venueOrders, by: \.request.clientID) where copies.count > 1 {
            verdict.duplicateOrders += copies.count - 1
            verdict.details.append("\(id) sent \(copies.count) times")
        }
        let venueFills = Set(venue.fills(account: account, after: 0).map(\.id))
        let ledgerFills = Set(try await ledger.fills(account: account, after: 0).map(\.id))
        verdict.lostFills = venueFills.subtracting(ledgerFills).count
        verdict.ledgerMismatches = ledgerFills.subtracting(venueFills).count
        try await verdict.compareOrders(ledger, venue: venue)
        try await verdict.comparePositions(ledger, venue: venue)
        return verdict
    }

    private mutating func compareOrders(_ ledger: SQLLedgerStore, venue: PaperVenue) async throws {
        for status in OrderStatus.allCases {
            for order in try await ledger.orders(account: ChaosScript.account, statuses: [status]) {
                guard let atVenue = venue.order(order.id, account: ChaosScript.account) else {
                    if status != .rejected && status != .cancelled {
                        ledgerMismatches += 1
                        details.append("\(order.id) is \(status.rawValue) in the ledger but unknown at the venue")
                    }
                    continue
                }
                if atVenue.status != status || atVenue.filledQuantity != order.filledQuantity {
                    ledgerMismatches += 1
                    details.append("\(order.id): ledger \(status.rawValue) \(order.filledQuantity), venue \(atVenue.status.rawValue) \(atVenue.filledQuantity)")
                }
            }
        }
    }

    private mutating func comparePositions(_ ledger: SQLLedgerStore, venue: PaperVenue) async throws {
        let atVenue = Dictionary(venue.positions(account: ChaosScript.account).map { ($0.symbol, $0.quantity) }, uniquingKeysWith: +)
        let inLedger = Dictionary(try await ledger.positions(account: ChaosScript.account).map { ($0.symbol, $0.quantity) },
                                  uniquingKeysWith: +)
        for symbol in Set(atVenue.keys).union(inLedger.keys) where (atVenue[symbol] ?? .zero) != (inLedger[symbol] ?? .zero) {
            ledgerMismatches += 1
            details.append("\(symbol): ledger \(inLedger[symbol] ?? .zero), venue \(atVenue[symbol] ?? .zero)")
        }
    }
}
