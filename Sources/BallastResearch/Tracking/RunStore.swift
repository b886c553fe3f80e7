import BallastData
import Foundation

/// Research runs kept under the Ballast home: `<home>/runs/<run id>/run.json` and the run's
/// files in `<home>/runs/<run id>/artifacts/`. Artifacts are copied in first and `run.json` is
/// written last, crash-safely, so a run that is listed always has its files.
public struct RunStore: Sendable {
    public let directory: String

    public init(home: String) { directory = home + "/runs" }

    /// Records `run`, copying each of `artifacts` (paths) into its folder under the file's own
    /// name, and returns the run as stored (its `artifacts` list filled in).
    @discardableResult
    public func record(_ run: ExperimentRun, artifacts: [String] = []) throws(RunStoreError) -> ExperimentRun {
        var run = run
        run.id = freeID(for: run)
        let folder = directory + "/" + run.id.rawValue
        do {
            try DurableFile.makeDirectory(folder + "/artifacts")
            for path in artifacts {
                let name = URL(fileURLWithPath: path).lastPathComponent
                let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
                try Self.write(bytes, to: folder + "/artifacts/" + name)
                if !run.artifacts.contains(name) { run.artifacts.append(name) }
            }
            let json = try Self.jsonEncoder.encode(run)
            try Self.write(json, to: folder + "/run.json")
        } catch let error as StoreError {
            throw .write(folder, error.description)
        } catch {
            throw .write(folder, "\(error)")
        }
        return run
    }

    /// `run.id`, or, when another run (one started at another instant) already holds it, the
    /// first free `<id>-2`, `<id>-3`…: recording never overwrites a different run. The same run
    /// recorded again (to add a tag) keeps its id.
    private func freeID(for run: ExperimentRun) -> RunID {
        var candidate = run.id, suffix = 1
        while let existing = try? self.run(candidate), existing.startedAt != run.startedAt {
            suffix += 1
            candidate = RunID(rawValue: "\(run.id.rawValue)-\(suffix)")
        }
        return candidate
    }

    /// Replaces the file at `path` with `data`, crash-safely.
    private static func write(_ data: Data, to path: String) throws {
        try data.withUnsafeBytes { raw in try DurableFile.replace(path, with: raw) }
    }

    /// Every recorded run, oldest first. A folder whose `run.json` cannot be read is reported,
    /// not skipped.
    public func runs() throws(RunStoreError) -> [ExperimentRun] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        var runs: [ExperimentRun] = []
        for name in names where !name.hasPrefix(".") {
            runs.append(try run(RunID(rawValue: name)))
        }
        return runs.sorted { ($0.startedAt, $0.id) < ($1.startedAt, $1.id) }
    }

    /// The run `id`.
    public func run(_ id: RunID) throws(RunStoreError) -> ExperimentRun {
        let path = directory + "/" + id.rawValue + "/run.json"
        guard let data = FileManager.default.contents(atPath: path) else { throw .notFound(id) }
        do { return try Self.decoder.decode(ExperimentRun.self, from: data) } catch { throw .unreadable(path, "\(error)") }
    }

    /// Where the artifact `name` of run `id` is.
    public func artifactPath(_ id: RunID, _ name: String) -> String { directory + "/" + id.rawValue + "/artifacts/" + name }

    /// How runs are written: pretty, sorted keys, non-finite numbers as `"nan"`, `"inf"`, `"-inf"`.
    public static var jsonEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return encoder
    }

    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return decoder
    }
}
