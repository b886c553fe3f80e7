import Foundation

/// Runs the built `ballast` binary as a user would: a real process with its stdout and stderr
/// on separate pipes, stdin on /dev/null, and a time limit so a hang fails the test instead of
/// stalling the suite.
enum CLI {
    struct BinaryNotFound: Error, CustomStringConvertible {
        var name = "ballast"
        var description: String {
            "no built `\(name)` binary; looked at \(BallastBinary.candidates(name).joined(separator: ", ")) (run `swift build` or set BALLAST_BINARY)"
        }
    }

    /// Runs `<binary> arguments...` (`ballast` unless told otherwise) and waits for it, killing
    /// it after `timeout` seconds. The child gets this process's environment without any
    /// `MLFLOW_*` variable (a developer's tracking server stays out of the tests), plus `environment`.
    static func run(_ arguments: [String], binary name: String = "ballast", timeout: TimeInterval = 120,
                    environment: [String: String] = [:]) throws -> CLIResult {
        guard let binary = name == "ballast" ? BallastBinary.path : BallastBinary.path(of: name) else { throw BinaryNotFound(name: name) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("MLFLOW_") }
            .merging(environment) { $1 }
        process.standardInput = FileHandle.nullDevice
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr

        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        // Both pipes are drained while the child runs: a child blocked on a full pipe never exits.
        let drained = DispatchGroup()
        let out = drain(stdout, into: drained), err = drain(stderr, into: drained)

        let timedOut = exited.wait(timeout: .now() + timeout) == .timedOut
        if timedOut {
            process.terminate()
            exited.wait()
        }
        drained.wait()
        return CLIResult(arguments: arguments, status: process.terminationStatus,
                         stdout: out.value, stderr: err.value, timedOut: timedOut)
    }

    /// Reads `pipe` to its end on a background thread.
    private static func drain(_ pipe: Pipe, into group: DispatchGroup) -> Collected {
        let collected = Collected()
        let handle = pipe.fileHandleForReading
        DispatchQueue.global().async(group: group) {
            collected.value = handle.readDataToEndOfFile()
        }
        return collected
    }

    /// Bytes read on another thread; the dispatch group's wait orders the write before the read.
    private final class Collected: @unchecked Sendable {
        var value = Data()
    }
}
