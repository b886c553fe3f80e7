import BallastCore
import BallastStore
import Testing
@testable import BallastExecution

/// What the router remembers of its own writes so the desk need not read them back: the fills
/// it recorded (complete after a known sequence) and the working orders (each order's
/// furthest state, whatever order the writes come back in).
@Suite struct RouterMemoryTests {
    static func order(_ id: String, _ status: OrderStatus, filled: String = "0") -> OrderRecord {
        OrderRecord(id: ClientOrderID(id), intentID: IntentID(id), account: Fixtures.account,
                    order: OrderIntent(symbol: "EURUSD", side: .buy, quantity: Quantity(1)), status: status,
                    filledQuantity: Quantity(filled)!, createdAt: Fixtures.t0, updatedAt: Fixtures.t0)
    }

    @Test func recentFillsVouchOnlyAfterTheirStartAndForgetOnDisorder() {
        var recent = RecentFills(capacity: 4)
        #expect(recent.after(0) == nil)
        recent.start(after: 10, readAt: recent.version)
        #expect(recent.after(9) == nil)
        #expect(recent.after(10).map(Array.init) == [])
        for sequence: UInt64 in 11...13 { recent.append(Fixtures.fill(sequence, .buy, "1", at: "1.1")) }
        #expect(recent.after(11).map { $0.map(\.sequence) } == [12, 13])
        // Past the capacity the older half goes, and with it the vouching for those sequences.
        for sequence: UInt64 in 14...15 { recent.append(Fixtures.fill(sequence, .buy, "1", at: "1.1")) }
        #expect(recent.after(11) == nil)
        #expect(recent.after(12).map { $0.map(\.sequence) } == [13, 14, 15])
        // A fill out of sequence order (recorded beside a synchronisation) ends the vouching.
        recent.append(Fixtures.fill(14, .buy, "1", at: "1.1"))
        #expect(recent.after(15) == nil)
    }

    @Test func aStartReadBeforeARecordingIsVoid() {
        var recent = RecentFills()
        let version = recent.version
        recent.forget()   // something changed while the last sequence was being read
        recent.start(after: 10, readAt: version)
        #expect(recent.after(10) == nil)
    }

    @Test func workingOrdersAdoptAReadOnlyWhenNoWriteEndedMeanwhile() {
        var working = WorkingOrders()
        #expect(working.known == nil)
        let version = working.version
        let ticket = working.begin()
        working.end(ticket, stored: [Self.order("A", .submitted)])
        working.adopt([], readAt: version)
        #expect(working.known == nil)
        working.adopt([Self.order("A", .submitted)], readAt: working.version)
        #expect(working.known?.map(\.id) == [ClientOrderID("A")])
    }

    @Test func aLateAnswerNeverBringsBackAnOrderThatMovedOn() {
        var working = WorkingOrders()
        working.adopt([], readAt: working.version)
        let answer = working.begin(), fill = working.begin()
        // The fill's write comes back first: the order is finished; the earlier acceptance,
        // coming back after it, must not make it work again.
        working.end(fill, stored: [Self.order("A", .filled, filled: "1")])
        working.end(answer, stored: [Self.order("A", .accepted)])
        #expect(working.known?.isEmpty == true)
        // A partial fill is not undone by a late acceptance either.
        let partial = working.begin(), accept = working.begin()
        working.end(partial, stored: [Self.order("B", .partiallyFilled, filled: "0.5")])
        working.end(accept, stored: [Self.order("B", .accepted)])
        #expect(working.known?.map(\.status) == [.partiallyFilled])
    }

    @Test func aFailedWriteForgetsEverything() {
        var working = WorkingOrders()
        working.adopt([Self.order("A", .accepted)], readAt: working.version)
        let ticket = working.begin()
        working.end(ticket, stored: nil)
        #expect(working.known == nil)
    }

    @Test func anUnreadReportKeepsOnlyTheLatestEntries() {
        var report = FillSyncReport()
        report.recorded = (1...6).map { Fixtures.fill(UInt64($0), .buy, "1", at: "1.1") }
        report.keepLatest(3)
        #expect(report.recorded.count == 6, "a list is cut only once it doubled")
        report.recorded.append(Fixtures.fill(7, .buy, "1", at: "1.1"))
        report.keepLatest(3)
        #expect(report.recorded.map(\.sequence) == [5, 6, 7])
    }

    /// While a fill write owns the ledger, readers get the positions it held (what the store
    /// holds until the write commits) without a read; a write that ends without putting the
    /// ledger back sends them to the store again.
    @Test func positionsDuringAFillWriteAreTheSettledOnesWithoutARead() async throws {
        let harness = try await RouterHarness()
        let router = harness.router()
        _ = try await router.submit(RouterHarness.intent(), at: Fixtures.t0)
        let settled = try await router.positions()
        #expect(settled.map(\.quantity) == [Quantity(1)])
        _ = try await router.takeLedger()
        await harness.store.close()   // any read now fails
        #expect(try await router.positions() == settled)
        await router.dropUnlessPutBack()
        await #expect(throws: RouterError.self) { try await router.positions() }
    }
}
