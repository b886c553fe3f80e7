import BallastCore

/// The range a random search draws one parameter from: integers when both ends are integers
/// (`fast=5:50`), decimals otherwise (`threshold=1.5:3`).
public struct ParameterRange: Sendable, Hashable {
    public var name: String
    public var lower: Double
    public var upper: Double
    public var isInteger: Bool

    public init(name: String, lower: Double, upper: Double, isInteger: Bool) {
        precondition(lower <= upper, "a range needs lower <= upper")
        self.name = name
        self.lower = lower
        self.upper = upper
        self.isInteger = isInteger
    }

    /// Parses `name=lower:upper`; nil when the text is not of that form.
    public init?(_ text: String) {
        let parts = text.split(separator: "=", maxSplits: 1)
        guard parts.count == 2 else { return nil }
        let ends = parts[1].split(separator: ":", omittingEmptySubsequences: false)
        guard ends.count == 2, let lo = Double(ends[0]), let hi = Double(ends[1]), lo <= hi, !parts[0].isEmpty else { return nil }
        let integer = Int(ends[0]) != nil && Int(ends[1]) != nil
        self.init(name: String(parts[0]), lower: lo, upper: hi, isInteger: integer)
    }

    /// One uniform draw, as parameter text.
    public func draw(_ random: inout SplitMix64) -> String {
        if isInteger {
            let span = UInt64(upper - lower) + 1
            return String(Int(lower) + Int(random.next() % span))
        }
        let value = lower + (upper - lower) * random.nextUnit()
        return String((value * 1e6).rounded() / 1e6)
    }
}
