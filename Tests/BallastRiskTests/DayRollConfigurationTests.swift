import BallastCore
import Testing
import Yams
@testable import BallastRisk

@Suite struct DayRollConfigurationTests {
    typealias F = RiskFixtures

    /// What the composition root passes (`TimeZoneRule.named`), here with the hand-built zone.
    static let zones = TimeZoneResolver { name in
        switch name {
        case "UTC": .utc
        case "America/New_York": DayRollTests.newYork
        default: nil
        }
    }

    static func yaml(_ dailyLoss: String) -> String {
        "accountCurrency: USD\nkillSwitches: {dailyLoss: \(dailyLoss)}"
    }

    static func decode(_ yaml: String, zones: TimeZoneResolver? = Self.zones) throws -> RiskConfiguration {
        let info: [CodingUserInfoKey: Any] = zones.map { [RiskConfiguration.timeZoneResolverKey: $0] } ?? [:]
        return try YAMLDecoder().decode(RiskConfiguration.self, from: yaml, userInfo: info)
    }

    static func error(_ yaml: String, zones: TimeZoneResolver? = Self.zones) -> RiskConfigurationError? {
        do {
            _ = try decode(yaml, zones: zones)
            return nil
        } catch {
            return RiskConfigurationError.find(in: error)
        }
    }

    @Test func defaultsAreUTCMidnightWithUnrealised() throws {
        let config = try Self.decode(Self.yaml("{limit: 1000, grade: flatten}"), zones: nil)
        #expect(config.killSwitches.dayRoll == .utcMidnight && config.killSwitches.includeUnrealised)
    }

    @Test func zoneAndLocalTime() throws {
        let config = try Self.decode(Self.yaml("{limit: 1000, grade: flatten, includeUnrealised: false, dayRoll: \"America/New_York 17:00\"}"))
        #expect(config.killSwitches.dayRoll == DayRollTests.fxDay)
        #expect(config.killSwitches.includeUnrealised == false)
        #expect(try Self.decode(Self.yaml("{limit: 1, grade: flatten, dayRoll: UTC 06:30}"), zones: nil).killSwitches.dayRoll
            == DayRoll(zone: .utc, hour: 6, minute: 30))
    }

    @Test(arguments: ["America/New_York 5pm", "America/New_York 24:00", "America/New_York 17:60", "17:00", "America/New_York 7:00"])
    func badTimesOfDay(_ text: String) {
        let error = Self.error(Self.yaml("{limit: 1000, grade: flatten, dayRoll: \"\(text)\"}"))
        #expect(error?.path == "killSwitches.dailyLoss.dayRoll")
        #expect(error?.message == "expected a zone and a local time, such as \"America/New_York 17:00\"")
    }

    @Test func unknownZones() {
        let yaml = Self.yaml("{limit: 1000, grade: flatten, dayRoll: \"America/New_York 17:00\"}")
        #expect(Self.error(yaml, zones: nil)?.message == "unknown time zone America/New_York (only UTC is known without a time zone resolver)")
        #expect(Self.error(Self.yaml("{limit: 1, grade: flatten, dayRoll: \"Mars/Olympus 17:00\"}"))?.message
            == "unknown time zone Mars/Olympus")
        #expect(Self.error(Self.yaml("{limit: 1, grade: flatten, includeUnrealised: yes}"))?.path == "killSwitches.dailyLoss.includeUnrealised")
        #expect(Self.error(Self.yaml("{limit: 1, grade: flatten, roll: UTC}"))?.path == "killSwitches.dailyLoss.roll")
    }
}
