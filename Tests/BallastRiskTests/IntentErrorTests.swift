import BallastCore
import Testing
@testable import BallastRisk

@Suite struct IntentErrorTests {
    typealias F = RiskFixtures

    @Test func malformedIntentsAreRefusedWithSpecificErrors() {
        let cases: [(TradeIntent, IntentError)] = [
            (F.intent(.buy, "0"), .nonPositiveQuantity(.zero)),
            (F.intent(.buy, "-1"), .nonPositiveQuantity(F.lots("-1"))),
            (F.intent(.buy, "1", reference: "0"), .zeroReferencePrice),
            (F.intent(.buy, "1", type: .limit(.zero)), .nonPositiveOrderPrice(.zero)),
            (F.intent("GBPUSD", .buy, "1"), .unknownInstrument("GBPUSD")),
        ]
        for (intent, expected) in cases {
            #expect(throws: expected) { try IntentError.validate(intent, instruments: F.instruments) }
            #expect(F.manager().evaluate(intent, in: F.snapshot()) == .reject(rule: "wellFormed", reason: expected.description))
        }
    }
}
