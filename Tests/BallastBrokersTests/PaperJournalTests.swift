import BallastBrokers
import BallastCore
import Foundation
import Testing

@Suite struct PaperJournalTests {
    typealias F = PaperFixtures

    static func temporaryPath() -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("paper-\(UUID().uuidString).jsonl").path
        return path
    }

    /// Feeds a broker a session that touches every command: quotes, fills, a partial, a bracket,
    /// a cancel, a rejection and a duplicate.
    static func trade(_ broker: PaperBroker) async throws {
        try await broker.update(quote: F.quote("1.10000", "1.10020"))
        _ = try await broker.submit(F.request("A", .buy, "2.5"))
        let bracket = Bracket(stopLoss: F.price("1.09800"), takeProfit: F.price("1.10300"))
        _ = try await broker.submit(F.request("B", .buy, "1", bracket: bracket))
        _ = try await broker.submit(F.request("C", .sell, "1", .limit(F.price("1.20000"))))
        _ = try await broker.submit(F.request("C", .sell, "1", .limit(F.price("1.20000"))))
        _ = try await broker.cancel(ClientOrderID("C"), account: F.account)
        _ = try await broker.submit(F.request("R", .buy, "0"))
        try await broker.update(quote: F.quote("1.10310", "1.10330", second: 1))
        try await broker.update(quote: F.quote("1.10320", "1.10340", second: 2))
    }

    @Test func replayingTheJournalRebuildsAnIdenticalVenue() async throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let settings = PaperVenueSettings(commission: .perLot(Money("3.50", currency: "USD")!), maxFillPerQuote: F.lots("2"))
        let live = try PaperBroker(journalPath: path, settings: settings, syncs: false)
        try await Self.trade(live)
        let reopened = try PaperBroker(journalPath: path, settings: PaperVenueSettings(), syncs: false)
        let (before, after) = (await live.venue, await reopened.venue)
        #expect(after == before)
        #expect(after.settings == settings)  // the journal's settings, not the ones passed on reopening
        // Cap 2 lots a quote: A 2 at once; A 0.5 and B 1 on the second quote; B.tp 1 on the third.
        #expect(after.fills(account: F.account, after: 0).map(\.clientID.rawValue) == ["A", "A", "B", "B.tp"])
        // The same state as a venue that never left memory, and through Codable.
        let memory = PaperBroker(venue: PaperVenue(settings: settings))
        try await Self.trade(memory)
        #expect(await memory.venue == before)
        let decoded = try JSONDecoder().decode(PaperVenue.self, from: JSONEncoder().encode(before))
        #expect(decoded == before)
    }

    @Test func aTornLastLineIsDroppedAndTheJournalContinues() async throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let live = try PaperBroker(journalPath: path, syncs: false)
        try await Self.trade(live)
        let intact = try Data(contentsOf: URL(fileURLWithPath: path))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"quote":{"_0":{"symbol":"EURU"#.utf8))  // a kill mid-write
        try handle.close()
        let reopened = try PaperBroker(journalPath: path, syncs: false)
        #expect(await reopened.venue == live.venue)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == intact)  // the torn bytes are cut off
        _ = try await reopened.submit(F.request("Z", .sell, "1"))
        let again = try PaperBroker(journalPath: path, syncs: false)
        #expect(await again.venue == reopened.venue)
        #expect(await again.venue.order(ClientOrderID("Z"), account: F.account)?.status == .filled)
    }

    @Test func aBadCompleteLineIsAnErrorNamingItsLine() async throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try PaperBroker(journalPath: path, syncs: true)  // writes the settings line
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("not json\n".utf8))
        try handle.close()
        #expect {
            _ = try PaperBroker(journalPath: path)
        } throws: { error in
            (error as? PaperJournalError)?.line == 2 && (error as? PaperJournalError)?.path == path
        }
    }
}
