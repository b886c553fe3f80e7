import ArgumentParser
import BallastBacktest

/// The flags that say which configurations a sweep or a walk-forward tries, and how it ranks them.
struct SearchOptions: ParsableArguments {
    @Option(help: "Grid axis name=v1,v2,... (repeatable; every combination is run).") var grid: [String] = []
    @Option(help: "Random search: this many draws from the --range values (per grid configuration).") var random: Int?
    @Option(help: "Random search range name=low:high (integers when both ends are).") var range: [String] = []
    @Option(help: "Seed of the random search.") var seed: UInt64 = 1
    @Option(help: "What to rank by: \(SweepObjective.allCases.map(\.rawValue).joined(separator: ", ")).") var objective = "sharpe"

    /// The ranking objective.
    func rankBy() throws -> SweepObjective {
        guard let objective = SweepObjective(rawValue: objective) else {
            throw CLIError(.usage, "--objective '\(objective)' is not one of \(SweepObjective.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return objective
    }

    /// The search as recorded with a run: grid axes, random ranges, draws, seed, objective.
    var settings: [String: String] {
        var settings = ["objective": objective]
        if !grid.isEmpty { settings["grid"] = grid.joined(separator: " ") }
        if let random {
            settings["random"] = String(random)
            settings["range"] = range.joined(separator: " ")
            settings["seed"] = String(seed)
        }
        return settings
    }

    /// The configurations to run, in a fixed order: the grid, each with the random draws over it.
    func configurations() throws -> [[String: String]] {
        var axes: [(name: String, values: [String])] = []
        for entry in grid {
            let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
            let values = parts.count == 2 ? parts[1].split(separator: ",").map(String.init) : []
            guard parts.count == 2, !parts[0].isEmpty, !values.isEmpty else {
                throw CLIError(.usage, "--grid takes name=v1,v2,..., got '\(entry)'")
            }
            axes.append((parts[0], values))
        }
        let fixed = ParameterGrid(axes).configurations
        guard let random else {
            guard range.isEmpty else { throw CLIError(.usage, "--range needs --random N") }
            return fixed
        }
        guard random > 0, !range.isEmpty else { throw CLIError(.usage, "--random needs a positive count and at least one --range") }
        let ranges = try range.map { text in
            guard let r = ParameterRange(text) else { throw CLIError(.usage, "--range takes name=low:high with low <= high, got '\(text)'") }
            return r
        }
        let search = RandomSearch(ranges: ranges, draws: random, seed: seed)
        return fixed.flatMap { search.configurations(over: $0) }
    }
}
