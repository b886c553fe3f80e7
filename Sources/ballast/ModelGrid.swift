import BallastResearch

/// `--grid name=v1,v2` axes over the boosting parameters: every combination is one
/// configuration a study tries.
enum ModelGrid {
    /// The names `--grid` takes, each with how it sets its parameter.
    static let setters: [String: @Sendable (inout BoostingParameters, Double) -> Void] = [
        "num_leaves": { $0.numLeaves = Int($1) }, "learning_rate": { $0.learningRate = $1 }, "rounds": { $0.rounds = Int($1) },
        "min_data_in_leaf": { $0.minDataInLeaf = Int($1) }, "max_depth": { $0.maxDepth = Int($1) }, "lambda_l2": { $0.lambdaL2 = $1 },
        "feature_fraction": { $0.featureFraction = $1 }, "bagging_fraction": { $0.baggingFraction = $1 },
        "bagging_freq": { $0.baggingFrequency = Int($1) },
    ]

    /// The configurations of `axes` over `base`, first axis slowest; each is validated.
    static func configurations(_ axes: [String], base: BoostingParameters) throws -> [BoostingParameters] {
        var configurations = [base]
        for axis in axes {
            let parts = axis.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let set = setters[parts[0]] else {
                throw CLIError(.usage, "--grid takes name=v1,v2 with name one of \(setters.keys.sorted().joined(separator: ", ")); got '\(axis)'")
            }
            let values = try parts[1].split(separator: ",").map { text in
                guard let value = Double(text), value.isFinite else { throw CLIError(.usage, "--grid \(parts[0]): '\(text)' is not a number") }
                return value
            }
            guard !values.isEmpty else { throw CLIError(.usage, "--grid \(parts[0]) has no values") }
            configurations = configurations.flatMap { c in values.map { v in var c = c; set(&c, v); return c } }
        }
        return try configurations.map { c in
            do throws(BoostingError) { return try c.validated() } catch { throw CLIError(.usage, "--grid: \(error.description)") }
        }
    }

    /// A configuration as `name=value` pairs for tables and run records.
    static func describe(_ p: BoostingParameters) -> [String: String] {
        var out = ["num_leaves": "\(p.numLeaves)", "learning_rate": "\(p.learningRate)", "rounds": "\(p.rounds)",
                   "min_data_in_leaf": "\(p.minDataInLeaf)", "lambda_l2": "\(p.lambdaL2)", "feature_fraction": "\(p.featureFraction)",
                   "bagging_fraction": "\(p.baggingFraction)"]
        if let depth = p.maxDepth { out["max_depth"] = "\(depth)" }
        return out
    }
}
