import BallastCore

/// The `data:` section of `<home>/ballast.yaml`: defaults for imports.
///
/// ```yaml
/// data:
///   broker: generic-ny7-ecn          # profile used when --broker is not given
///   on_conflict: keep-existing       # keep-existing | replace | fail
///   validation:
///     actions: {spike: drop, conflictingDuplicate: drop}   # kind: reject | drop | repair | report
///     spike_threshold: 10
///     spike_window: 1000
///     stale_run_length: 10
///     tick_gap_seconds: 900
///     ohlc_repair_limit: 0.01
/// ```
/// Every key is optional; unknown keys are errors that name the file, line and key.
public struct ImportConfiguration: Sendable, Equatable {
    public var broker: String?
    public var conflicts: ConflictPolicy
    public var validation: ValidationPolicy

    public init(broker: String? = nil, conflicts: ConflictPolicy = .keepExisting, validation: ValidationPolicy = ValidationPolicy()) {
        self.broker = broker
        self.conflicts = conflicts
        self.validation = validation
    }

    /// Reads the `data:` section of a configuration file's text (other sections are left to
    /// their own readers).
    public init(yaml: String, file: String) throws(ConfigFileError) {
        self.init()
        guard let root = try ConfigNode.parse(yaml: yaml, file: file), let data = try root.mapping().first(where: { $0.key == "data" })?.node else {
            return
        }
        try data.checkKeys(["broker", "on_conflict", "validation"])
        for (key, node) in try data.mapping() {
            switch key {
            case "broker": broker = try node.string()
            case "on_conflict":
                let text = try node.string()
                guard let policy = ConflictPolicy(rawValue: text) else {
                    throw node.error("expected keep-existing, replace or fail, not '\(text)'")
                }
                conflicts = policy
            default: validation = try Self.policy(node)
            }
        }
    }

    private static func policy(_ node: ConfigNode) throws(ConfigFileError) -> ValidationPolicy {
        try node.checkKeys(["actions", "spike_threshold", "spike_window", "stale_run_length", "tick_gap_seconds", "ohlc_repair_limit"])
        var policy = ValidationPolicy()
        for (key, value) in try node.mapping() {
            switch key {
            case "actions":
                for (name, action) in try value.mapping() {
                    guard let kind = FindingKind(rawValue: name) else {
                        throw action.error("unknown finding kind '\(name)'; known: \(FindingKind.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    let text = try action.string()
                    guard let parsed = FindingAction(rawValue: text) else { throw action.error("expected reject, drop, repair or report, not '\(text)'") }
                    policy[kind] = parsed
                }
            case "spike_threshold": policy.spikeThreshold = try value.double()
            case "spike_window": policy.spikeWindow = max(try value.int(), 10)
            case "stale_run_length": policy.staleRunLength = max(try value.int(), 2)
            case "tick_gap_seconds": policy.tickGapSeconds = Int64(max(try value.int(), 1))
            default: policy.ohlcRepairLimit = try value.double()
            }
        }
        return policy
    }
}
