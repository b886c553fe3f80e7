import ArgumentParser
import BallastData

/// An error the CLI reports in one line, with the exit status it maps to.
struct CLIError: Error, CustomStringConvertible {
    let status: ExitStatus
    let message: String

    init(_ status: ExitStatus, _ message: String) {
        self.status = status
        self.message = message
    }

    var description: String { message }
}

extension CLIError {
    /// A store error from a command that names a series: a series that does not exist, or a name
    /// the store cannot hold, is a usage error (64) like an unknown symbol; anything else means
    /// the store itself failed (4), which scripts treat as damage.
    init(store error: StoreError) {
        switch error.code {
        case .notFound: self.init(.usage, "\(error.description) (see `ballast data ls`)")
        case .badKey: self.init(.usage, error.description)
        default: self.init(.storeError, error.description)
        }
    }
}
