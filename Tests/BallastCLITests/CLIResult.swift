import Foundation

/// What one run of the `ballast` binary left behind.
struct CLIResult: CustomStringConvertible {
    var arguments: [String]
    var status: Int32
    var stdout: Data
    var stderr: Data
    /// The run was killed after its time limit.
    var timedOut: Bool

    var out: String { String(decoding: stdout, as: UTF8.self) }
    var err: String { String(decoding: stderr, as: UTF8.self) }

    /// Standard output decoded as JSON into `type`.
    func json<T: Decodable>(_ type: T.Type) throws -> T {
        try JSONDecoder().decode(type, from: stdout)
    }

    /// For failure messages: the command line, the status and both streams.
    var description: String {
        "ballast \(arguments.joined(separator: " ")) → \(timedOut ? "TIMED OUT" : "exit \(status)")\n"
            + "stdout: \(out.prefix(2_000))\nstderr: \(err.prefix(2_000))"
    }
}
