import BallastCore
import Yams

/// A YAML tree in which every node remembers its file, position and key path, so values
/// merged from several files still produce errors that point at the right line.
struct ConfigNode: Sendable {
    enum Value: Sendable {
        case scalar(String)
        case mapping([(key: String, node: ConfigNode)])
        case sequence([ConfigNode])
    }

    var value: Value
    var file: String
    var line: Int
    var column: Int
    /// Dotted key path from the document root (`instruments.EURUSD.digits`, `holidays[2]`).
    var path: String

    /// Parses a YAML document; nil when it is empty.
    static func parse(yaml: String, file: String) throws(ConfigFileError) -> ConfigNode? {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw Self.describe(error, file: file)
        } catch {
            throw ConfigFileError(file: file, keyPath: "", "not YAML: \(error)")
        }
        guard let root else { return nil }
        return try ConfigNode(root, file: file, path: "")
    }

    private init(_ node: Node, file: String, path: String) throws(ConfigFileError) {
        self.file = file
        self.line = node.mark?.line ?? 0
        self.column = node.mark?.column ?? 0
        self.path = path
        switch node {
        case .scalar(let scalar):
            value = .scalar(scalar.string)
        case .sequence(let sequence):
            var items: [ConfigNode] = []
            for (index, item) in sequence.enumerated() {
                items.append(try ConfigNode(item, file: file, path: path + "[\(index)]"))
            }
            value = .sequence(items)
        case .mapping(let mapping):
            var pairs: [(key: String, node: ConfigNode)] = []
            for (key, item) in mapping {
                guard case .scalar(let scalar) = key else {
                    throw ConfigFileError(file: file, line: line, column: column, keyPath: path, "mapping keys must be plain text")
                }
                let childPath = path.isEmpty ? scalar.string : path + "." + scalar.string
                pairs.append((scalar.string, try ConfigNode(item, file: file, path: childPath)))
            }
            value = .mapping(pairs)
        case .alias:
            throw ConfigFileError(file: file, line: line, column: column, keyPath: path, "YAML aliases are not supported here")
        }
    }

    /// `self` laid over `base`: mappings merge key by key (recursively), anything else replaces.
    func merged(over base: ConfigNode) -> ConfigNode {
        guard case .mapping(let top) = value, case .mapping(let bottom) = base.value else { return self }
        var pairs = bottom
        for (key, node) in top {
            if let index = pairs.firstIndex(where: { $0.key == key }) {
                pairs[index].node = node.merged(over: pairs[index].node)
            } else {
                pairs.append((key, node))
            }
        }
        var result = base
        result.value = .mapping(pairs)
        return result
    }

    /// An error about this node.
    func error(_ message: String) -> ConfigFileError {
        ConfigFileError(file: file, line: line, column: column, keyPath: path, message)
    }

    private static func describe(_ error: YamlError, file: String) -> ConfigFileError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return ConfigFileError(file: file, line: mark.line, column: mark.column, keyPath: "", "invalid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ConfigFileError(file: file, line: context.mark.line, column: context.mark.column, keyPath: "",
                                "duplicate keys: " + duplicates.joined(separator: ", "))
        default:
            return ConfigFileError(file: file, keyPath: "", "invalid YAML: \(error)")
        }
    }
}
