import Foundation

/// Runs this benchmark binary as a child process, optionally killing it with SIGKILL.
enum ChildProcess {
    enum Ending: Equatable {
        case killed
        case exited(Int32)
    }

    /// Starts `/proc/self/exe` (this binary) with `arguments`; after `killAfter` seconds sends
    /// SIGKILL unless it already ended. Waits for the end either way.
    static func run(_ arguments: [String], killAfter: Double?) throws -> Ending {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        process.arguments = arguments
        try process.run()
        if let killAfter {
            let deadline = Date().addingTimeInterval(killAfter)
            while process.isRunning && Date() < deadline { usleep(1_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        process.waitUntilExit()
        if process.terminationReason == .uncaughtSignal { return .killed }
        return .exited(process.terminationStatus)
    }
}
