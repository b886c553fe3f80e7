import BallastData
import Foundation

/// Reads configuration files once, here in the composition root.
enum ConfigLoader {
    /// The `data:` section of `file`, else of `<home>/ballast.yaml` when it exists, else defaults.
    static func importConfiguration(home: String, file: String?) throws -> ImportConfiguration {
        try section(home: home, file: file, defaults: ImportConfiguration()) { yaml, path throws(ConfigFileError) in
            try ImportConfiguration(yaml: yaml, file: path)
        }
    }

    /// The `backtest:` section of `file`, else of `<home>/ballast.yaml` when it exists, else defaults.
    static func runConfiguration(home: String, file: String?) throws -> RunConfiguration {
        try section(home: home, file: file, defaults: RunConfiguration()) { yaml, path throws(ConfigFileError) in
            try RunConfiguration(yaml: yaml, file: path)
        }
    }

    /// Reads `file` (which must exist) or `<home>/ballast.yaml` (which may not) and parses it;
    /// `defaults` when there is no file. Every failure is a configuration error.
    private static func section<T>(home: String, file: String?, defaults: T,
                                   parse: (String, String) throws(ConfigFileError) -> T) throws -> T {
        guard let (path, data) = try contents(home: home, file: file) else { return defaults }
        do {
            return try parse(String(decoding: data, as: UTF8.self), path)
        } catch {
            throw CLIError(.configError, error.description)
        }
    }

    /// The bytes of `file` (which must exist) or of `<home>/ballast.yaml`; nil when the latter
    /// does not exist.
    static func contents(home: String, file: String?) throws -> (path: String, data: Data)? {
        let path = file ?? home + "/ballast.yaml"
        guard let data = FileManager.default.contents(atPath: path) else {
            if file != nil { throw CLIError(.configError, "\(path): cannot read the configuration file") }
            return nil
        }
        return (path, data)
    }
}
