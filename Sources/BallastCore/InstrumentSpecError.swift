/// A specification value that cannot describe a tradable instrument, session or symbol map.
///
/// `field` is the name of the offending parameter (`volumeStep`, `windows[1].close`), so a
/// loader can prefix its own key path and file.
public struct InstrumentSpecError: Error, Hashable, Sendable, CustomStringConvertible {
    public var field: String
    public var message: String

    public init(field: String, _ message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { "\(field): \(message)" }
}
