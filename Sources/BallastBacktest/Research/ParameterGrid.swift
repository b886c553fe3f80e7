/// A grid of strategy parameters: every combination of one value list per parameter
/// (`fast=10,20,30` × `slow=50,100` is six configurations).
public struct ParameterGrid: Sendable, Hashable {
    /// Parameters in the order given; the first varies slowest.
    public var axes: [(name: String, values: [String])] {
        get { zip(names, values).map { ($0, $1) } }
        set { names = newValue.map(\.name); values = newValue.map(\.values) }
    }
    private var names: [String]
    private var values: [[String]]

    public init(_ axes: [(name: String, values: [String])] = []) {
        names = axes.map(\.name)
        values = axes.map(\.values)
    }

    /// The number of configurations (the product of the list lengths; 1 for an empty grid).
    public var count: Int { values.reduce(1) { $0 * $1.count } }

    /// Every configuration, in order: the last parameter varies fastest.
    public var configurations: [[String: String]] {
        var out: [[String: String]] = [[:]]
        for (name, list) in zip(names, values) {
            out = out.flatMap { partial in list.map { value in partial.merging([name: value]) { _, new in new } } }
        }
        return out
    }
}
