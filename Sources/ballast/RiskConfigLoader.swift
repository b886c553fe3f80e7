import BallastCore
import BallastData
import BallastRisk
import Foundation
import Yams

/// Reads the `risk:` section of the configuration file (decoded as `RiskConfiguration`, with
/// `TimeZoneRule.named` resolving day-roll zones), here in the composition root.
enum RiskConfigLoader {
    private struct File: Decodable {
        var risk: RiskConfiguration?
    }

    /// The `risk:` section of `file`, else of `<home>/ballast.yaml`; nil when there is none.
    /// A malformed section is a configuration error naming the key path
    /// (`risk.limits.maxOrderLots`: the decoder's path starts at the file's root).
    static func load(home: String, file: String?) throws -> RiskConfiguration? {
        let path = file ?? home + "/ballast.yaml"
        guard let data = FileManager.default.contents(atPath: path) else {
            if file != nil { throw CLIError(.configError, "\(path): cannot read the configuration file") }
            return nil
        }
        let resolver = TimeZoneResolver { TimeZoneRule.named($0) }
        do {
            return try YAMLDecoder().decode(File.self, from: data, userInfo: [RiskConfiguration.timeZoneResolverKey: resolver]).risk
        } catch {
            if let refused = RiskConfigurationError.find(in: error) {
                throw CLIError(.configError, "\(path): \(refused.description)")
            }
            throw CLIError(.configError, "\(path): risk: \(error)")
        }
    }
}
