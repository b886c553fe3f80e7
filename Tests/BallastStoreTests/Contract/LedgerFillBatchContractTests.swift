import BallastCore
import BallastStore
import Testing
import BallastTestSupport

/// Several fills recorded in one write: all of them with their orders' and positions' last
/// states and every audit entry, or (a fill already recorded, an order unknown) nothing.
@Suite struct LedgerFillBatchContractTests {
    typealias S = LedgerSample

    @Test(arguments: StoreBackend.all)
    func aBatchRecordsEveryFillWithTheLastStates(_ backend: StoreBackend) async throws {
        try await withStore(backend) { handle in
            let store = handle.store
            let a = try await S.recordedOrder("batch-a", quantity: 10, in: store)
            let b = try await S.recordedOrder("batch-b", quantity: 5, in: store)
            let a1 = S.fill("deal-a1", sequence: 1, order: a, quantity: 4)
            let b1 = S.fill("deal-b1", sequence: 2, order: b, quantity: 5)
            var a2 = S.fill("deal-a2", sequence: 3, order: a, quantity: 6, price: 1_100_000_020)
            a2.swap = Money("-1.5", currency: "USD")
            var filledA = a, filledB = b
            (filledA.status, filledA.filledQuantity, filledA.averagePrice) = (.filled, Quantity(raw: 10), Price(raw: 1_100_000_012))
            (filledA.brokerID, filledA.reason) = (BrokerOrderID("B-a"), "done")
            (filledB.status, filledB.filledQuantity, filledB.averagePrice) = (.filled, Quantity(raw: 5), b1.price)
            let position = S.position(a.order.symbol, quantity: 15)
            let audit = [S.audit("fill.recorded", "deal-a1"), S.audit("fill.recorded", "deal-b1"), S.audit("fill.recorded", "deal-a2")]
            #expect(try await store.recordFills([a1, b1, a2], orders: [filledA, filledB], positions: [position], audit: audit))
            #expect(try await store.fills(order: a.id) == [a1, a2])
            #expect(try await store.fills(account: S.accountID, after: 0) == [a1, b1, a2])
            #expect(try await store.order(a.id) == filledA)
            #expect(try await store.order(b.id) == filledB)
            #expect(try await store.position(account: S.accountID, symbol: a.order.symbol) == position)
            #expect(try await store.auditLog(after: 0, limit: 10).map(\.entityID) == ["deal-a1", "deal-b1", "deal-a2"])
        }
    }

    @Test(arguments: StoreBackend.all)
    func aBatchWithARecordedFillOrAnUnknownOrderWritesNothing(_ backend: StoreBackend) async throws {
        try await withStore(backend) { handle in
            let store = handle.store
            let order = try await S.recordedOrder("batch-c", quantity: 10, in: store)
            let (first, partial, _) = try await S.recordedPartialFill("deal-c1", of: order, quantity: 4, in: store)
            let before = try await LedgerInspection.rowCounts(handle.database)

            let second = S.fill("deal-c2", sequence: 2, order: order, quantity: 6)
            var filled = order
            (filled.status, filled.filledQuantity) = (.filled, Quantity(raw: 10))
            let flat = S.position(order.order.symbol, quantity: 10)
            #expect(try await store.recordFills([first, second], orders: [filled], positions: [flat],
                                                audit: [S.audit("fill.recorded", "deal-c2")]) == false)
            #expect(try await LedgerInspection.rowCounts(handle.database) == before)

            let unknown = OrderRecord(id: ClientOrderID("nobody"), intentID: order.intentID, account: S.accountID, order: order.order,
                                      createdAt: order.createdAt, updatedAt: order.updatedAt)
            let stray = S.fill("deal-x", sequence: 3, order: unknown, quantity: 1)
            #expect(try await store.recordFills([second, stray], orders: [filled, unknown], positions: [flat], audit: []) == false)
            #expect(try await LedgerInspection.rowCounts(handle.database) == before)
            #expect(try await store.order(order.id) == partial)
        }
    }
}
