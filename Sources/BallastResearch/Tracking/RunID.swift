import BallastCore

/// A research run's identifier: `<UTC start yyyyMMdd-HHmmss>-<kind>-<8 hex digits>`, sortable by
/// start time and readable in a directory listing. The hex digits hash the run's name and
/// parameters, so two runs started in the same second with different settings differ.
public struct RunID: RawRepresentable, Sendable, Codable, Hashable, Comparable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    /// The id of a run of `kind` named `name` with `parameters`, started at `start`.
    public init(kind: ExperimentRun.Kind, name: String, parameters: [String: String], start: Timestamp) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325          // FNV-1a 64 over the name and sorted parameters
        for byte in (name + parameters.sorted { $0.key < $1.key }.map { "\u{1}\($0.key)=\($0.value)" }.joined()).utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        let iso = start.iso8601                             // 2024-01-02T03:04:05Z…
        let digits = iso.prefix(19).filter(\.isNumber)
        let stamp = "\(digits.prefix(8))-\(digits.dropFirst(8).prefix(6))"
        let hex = String(hash >> 32, radix: 16)
        rawValue = "\(stamp)-\(kind.rawValue)-\(String(repeating: "0", count: 8 - hex.count))\(hex)"
    }

    public var description: String { rawValue }

    public static func < (a: RunID, b: RunID) -> Bool { a.rawValue < b.rawValue }
}
