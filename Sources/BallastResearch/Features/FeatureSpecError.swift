/// A feature spec that cannot be built: `location` names the offending field
/// (`features[3].periods`), `message` says what is wrong with it.
public struct FeatureSpecError: Error, Sendable, Hashable, CustomStringConvertible {
    public let location: String
    public let message: String

    public init(_ location: String, _ message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { "feature spec \(location): \(message)" }
}
