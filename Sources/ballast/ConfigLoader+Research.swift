import BallastCore
import BallastResearch
import Foundation
import Yams

extension ConfigLoader {
    private struct GateFile: Decodable {
        var gate: PromotionGate?
    }

    /// The `gate:` section of `file`, else of `<home>/ballast.yaml`: the thresholds a model must
    /// pass before it may trade (defaults when there is none).
    static func promotionGate(home: String, file: String?) throws -> PromotionGate {
        guard let (path, data) = try contents(home: home, file: file) else { return PromotionGate() }
        do { return try YAMLDecoder().decode(GateFile.self, from: data).gate ?? PromotionGate() } catch {
            throw CLIError(.configError, "\(path): gate: \(error)")
        }
    }

    /// A feature spec from a JSON or YAML file, else the standard set for `timeframe`.
    static func featureSpec(file: String?, timeframe: Timeframe) throws -> FeatureSpec {
        guard let file else { return .standard(timeframe: timeframe) }
        guard let data = FileManager.default.contents(atPath: file) else { throw CLIError(.usage, "\(file): cannot read the feature spec") }
        do { return try YAMLDecoder().decode(FeatureSpec.self, from: data) } catch {
            throw CLIError(.configError, "\(file): \(error)")
        }
    }
}
