import BallastBrokers
import BallastCore
import Foundation
import Testing

/// The exits the paper venue places for a bracket, and their fills, name their entry as
/// `parent` (how a router that never sent them knows whose they are); records written before
/// the field existed still decode.
@Suite struct PaperVenueParentTests {
    @Test func bracketExitsAndTheirFillsNameTheirEntry() throws {
        var venue = PaperFixtures.venue()
        let bracket = Bracket(stopLoss: PaperFixtures.price("1.095"), takeProfit: PaperFixtures.price("1.11"))
        let entry = try venue.submit(PaperFixtures.request("E1", .buy, "1", bracket: bracket), at: PaperFixtures.t0)
        #expect(entry.parent == nil && entry.type == .market)
        let exits = venue.openOrders(account: PaperFixtures.account)
        #expect(exits.map(\.clientID) == [ClientOrderID("E1.sl"), ClientOrderID("E1.tp")])
        #expect(exits.allSatisfy { $0.parent == ClientOrderID("E1") })
        #expect(exits.map(\.type) == [.stop(PaperFixtures.price("1.095")), .limit(PaperFixtures.price("1.11"))])
        venue.apply(quote: PaperFixtures.quote("1.09400", "1.09420", second: 1))
        let fills = venue.fills(account: PaperFixtures.account, after: 0)
        #expect(fills.map(\.parent) == [nil, ClientOrderID("E1")])
        #expect(venue.order(ClientOrderID("E1.tp"), account: PaperFixtures.account)?.status == .cancelled)
    }

    @Test func recordsWithoutParentDecodeAsNil() throws {
        var venue = PaperFixtures.venue()
        let bracket = Bracket(stopLoss: PaperFixtures.price("1.095"))
        _ = try venue.submit(PaperFixtures.request("E1", .buy, "1", bracket: bracket), at: PaperFixtures.t0)
        venue.apply(quote: PaperFixtures.quote("1.09400", "1.09420", second: 1))
        let fill = try #require(venue.fills(account: PaperFixtures.account, after: 0).last)
        let order = try #require(venue.order(ClientOrderID("E1.sl"), account: PaperFixtures.account))
        #expect(fill.parent == ClientOrderID("E1") && order.parent == ClientOrderID("E1"))
        let oldFill = try JSONDecoder().decode(BrokerFill.self, from: Self.removing(["parent"], from: fill))
        let oldOrder = try JSONDecoder().decode(BrokerOrder.self, from: Self.removing(["parent", "type"], from: order))
        #expect(oldFill.parent == nil && oldOrder.parent == nil && oldOrder.type == nil)
        #expect(try JSONDecoder().decode(BrokerFill.self, from: JSONEncoder().encode(fill)) == fill)
        #expect(try JSONDecoder().decode(BrokerOrder.self, from: JSONEncoder().encode(order)) == order)
    }

    /// `value` as JSON without `keys` (as written before they existed).
    static func removing(_ keys: [String], from value: some Encodable) throws -> Data {
        var object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(value)) as? [String: Any])
        for key in keys { object.removeValue(forKey: key) }
        return try JSONSerialization.data(withJSONObject: object)
    }
}
