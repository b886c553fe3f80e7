/// A YAML configuration file (catalog, broker profiles, `ballast.yaml`) that cannot be used, with where and why.
///
/// `keyPath` is the dotted path of the offending value (`instruments.EURUSD.volume.step`);
/// `line` and `column` are 1-based, 0 when unknown.
public struct ConfigFileError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var keyPath: String
    public var message: String

    public init(file: String, line: Int = 0, column: Int = 0, keyPath: String, _ message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.keyPath = keyPath
        self.message = message
    }

    public var description: String {
        let place = line > 0 ? "\(file):\(line):\(column)" : file
        return keyPath.isEmpty ? "\(place): \(message)" : "\(place): \(keyPath): \(message)"
    }
}
