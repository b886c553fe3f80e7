import BallastBacktest
import BallastCore
import Testing

@Suite struct CapacityEstimateTests {
    func fill(_ seconds: Int64, lots: Int64) -> Fill {
        Fill(orderID: ClientOrderID("S-\(seconds)"), symbol: "BTCUSD", side: .buy, quantity: Quantity(lots), price: Price("100")!,
             time: Timestamp(seconds: seconds), commission: .zero("USD"))
    }

    @Test func smallestRatioOfAllowedToActualSizeScalesTheDeposit() {
        // Bars open at 0, 60, 120 with volumes 1000, 50, 400 units; contract size 1.
        // Fills: 2 units in bar 0 (10% of 1000 = 100 → ratio 50), 1 unit in bar 1 (5 → ratio 5),
        // 4 units inside bar 2 at t=130 (40 → ratio 10). The smallest ratio is 5: capacity 5 × 10,000.
        let capacity = CapacityEstimate.capital(fills: [fill(0, lots: 2), fill(60, lots: 1), fill(130, lots: 4)],
                                                openTimes: [0, 60, 120].map { $0 * Timestamp.nanosPerSecond },
                                                volumes: [1000, 50, 400], contractSize: 1, participation: 0.1, deposit: 10_000)
        #expect(capacity == 50_000)
    }

    @Test func noVolumeMeansNoEstimate() {
        #expect(CapacityEstimate.capital(fills: [fill(0, lots: 1)], openTimes: [0], volumes: [0], contractSize: 1,
                                         participation: 0.1, deposit: 10_000) == nil)
        #expect(CapacityEstimate.capital(fills: [], openTimes: [0], volumes: [10], contractSize: 1,
                                         participation: 0.1, deposit: 10_000) == nil)
    }
}
