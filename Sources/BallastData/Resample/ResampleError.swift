import BallastCore

/// A resampling request that cannot be met.
public struct ResampleError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Stable machine-readable reasons.
    public enum Code: String, Sendable, Codable {
        /// The target is finer than the source (H1 → M5).
        case finerTarget
        /// The target is not made of whole source bars (M30 → W1 is fine, W1 → MN1 is not).
        case notAMultiple
        /// Digits outside 0...9.
        case badDigits
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }

    static func check(from: Timeframe, to: Timeframe) throws(ResampleError) {
        guard to >= from else {
            throw ResampleError(.finerTarget, "cannot make \(to.rawValue) bars from \(from.rawValue) bars: the target is finer than the source")
        }
        guard to.isMultiple(of: from) else {
            throw ResampleError(.notAMultiple, "cannot make \(to.rawValue) bars from \(from.rawValue) bars: a \(to.rawValue) bar is not made of whole \(from.rawValue) bars")
        }
    }
}
