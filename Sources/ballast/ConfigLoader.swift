import BallastData
import Foundation

/// Reads configuration files once, here in the composition root.
enum ConfigLoader {
    /// The `data:` section of `file`, else of `<home>/ballast.yaml` when it exists, else defaults.
    static func importConfiguration(home: String, file: String?) throws -> ImportConfiguration {
        let path = file ?? home + "/ballast.yaml"
        guard let data = FileManager.default.contents(atPath: path) else {
            if file != nil { throw CLIError(.configError, "\(path): cannot read the configuration file") }
            return ImportConfiguration()
        }
        do {
            return try ImportConfiguration(yaml: String(decoding: data, as: UTF8.self), file: path)
        } catch {
            throw CLIError(.configError, error.description)
        }
    }

    /// The `backtest:` section of `file`, else of `<home>/ballast.yaml` when it exists, else defaults.
    static func runConfiguration(home: String, file: String?) throws -> RunConfiguration {
        let path = file ?? home + "/ballast.yaml"
        guard let data = FileManager.default.contents(atPath: path) else {
            if file != nil { throw CLIError(.configError, "\(path): cannot read the configuration file") }
            return RunConfiguration()
        }
        do {
            return try RunConfiguration(yaml: String(decoding: data, as: UTF8.self), file: path)
        } catch {
            throw CLIError(.configError, error.description)
        }
    }
}
