import BallastCore
import BallastRisk
import Foundation
import Yams

extension ConfigLoader {
    private struct RiskFile: Decodable {
        var risk: RiskConfiguration?
    }

    /// The `risk:` section of `file`, else of `<home>/ballast.yaml` (decoded as
    /// `RiskConfiguration`, with `TimeZoneRule.named` resolving day-roll zones); nil when there
    /// is none. A malformed section is a configuration error naming the key path
    /// (`risk.limits.maxOrderLots`: the decoder's path starts at the file's root).
    static func riskConfiguration(home: String, file: String?) throws -> RiskConfiguration? {
        guard let (path, data) = try contents(home: home, file: file) else { return nil }
        let resolver = TimeZoneResolver { TimeZoneRule.named($0) }
        do {
            return try YAMLDecoder().decode(RiskFile.self, from: data, userInfo: [RiskConfiguration.timeZoneResolverKey: resolver]).risk
        } catch {
            if let refused = RiskConfigurationError.find(in: error) {
                throw CLIError(.configError, "\(path): \(refused.description)")
            }
            throw CLIError(.configError, "\(path): risk: \(error)")
        }
    }
}
