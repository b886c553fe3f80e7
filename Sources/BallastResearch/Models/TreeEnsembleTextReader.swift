/// Parses `TreeEnsemble`'s text format (see `TreeEnsemble.textFormat()`) into checked arrays.
struct TreeEnsembleTextReader {
    struct Parts {
        var featureCount = 0
        var splitRule = TreeEnsemble.SplitRule.lessOrEqual
        var link = TreeEnsemble.Link.identity
        var arithmetic = TreeEnsemble.Arithmetic.double
        var baseScore = 0.0
        var roots: [Int32] = [], feature: [Int32] = [], threshold: [Double] = [], left: [Int32] = [], right: [Int32] = []
        var defaultLeft: [Bool] = [], missing: [TreeEnsemble.MissingRule] = [], leafValue: [Double] = []
    }

    private var lines: [(number: Int, fields: [Substring])] = []
    private var next = 0

    init(_ text: String) {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            if fields.isEmpty || fields[0].hasPrefix("#") { continue }
            lines.append((index + 1, fields))
        }
    }

    mutating func read() throws(TreeEnsembleFormatError) -> Parts {
        var parts = Parts()
        guard try take("ballast-tree-ensemble", 1).first == "1" else { throw failure("unsupported version (this reader knows 1)") }
        // Each `take` comes before the call that checks its fields: a method call copies `self`
        // (and so the line number) before it evaluates its arguments.
        let features = try take("feature_count", 1)
        parts.featureCount = try int(features[0], min: 0)
        switch try take("split_rule", 1)[0] {
        case "less_or_equal": parts.splitRule = .lessOrEqual
        case "less": parts.splitRule = .less
        case let other: throw failure("unknown split_rule '\(other)'")
        }
        let linkName = try take("link", 1)[0]
        guard let link = TreeEnsemble.Link(rawValue: String(linkName)) else { throw failure("unknown link '\(linkName)'") }
        parts.link = link
        if next < lines.count, lines[next].fields[0] == "arithmetic" {
            let mode = try take("arithmetic", 1)[0]
            guard mode == "float32" || mode == "double" else { throw failure("unknown arithmetic '\(mode)'") }
            parts.arithmetic = mode == "float32" ? .float32 : .double
        }
        let base = try take("base_score", 1)
        parts.baseScore = try double(base[0])
        let counts = try take("counts", 3)
        let (trees, nodes, leaves) = (try int(counts[0], min: 0), try int(counts[1], min: 0), try int(counts[2], min: 0))
        let roots = try take("roots", trees)
        parts.roots = try roots.map { field throws(TreeEnsembleFormatError) in try child(field, nodes: nodes, leaves: leaves) }
        for _ in 0..<nodes {
            let f = try take("node", 6)
            parts.feature.append(Int32(try int(f[0], min: 0, below: parts.featureCount)))
            parts.threshold.append(try double(f[1]))
            parts.left.append(try child(f[2], nodes: nodes, leaves: leaves))
            parts.right.append(try child(f[3], nodes: nodes, leaves: leaves))
            guard f[4] == "0" || f[4] == "1" else { throw failure("default_left must be 0 or 1") }
            parts.defaultLeft.append(f[4] == "1")
            guard let rule = TreeEnsemble.missingNames.first(where: { $0.1 == f[5] })?.0 else { throw failure("unknown missing rule '\(f[5])'") }
            parts.missing.append(rule)
        }
        for _ in 0..<leaves {
            let leaf = try take("leaf", 1)
            parts.leafValue.append(try double(leaf[0]))
        }
        _ = try take("end", 0)
        if next < lines.count { throw failure("text after 'end'") }
        try checkAcyclic(parts)
        return parts
    }

    /// Every node is reached at most once, from a root, so prediction always ends at a leaf.
    private func checkAcyclic(_ parts: Parts) throws(TreeEnsembleFormatError) {
        var seen = [Bool](repeating: false, count: parts.feature.count)
        var stack = parts.roots.filter { $0 >= 0 }
        while let node = stack.popLast() {
            guard !seen[Int(node)] else { throw TreeEnsembleFormatError(line: 0, "node \(node) is reached twice (a cycle or a shared subtree)") }
            seen[Int(node)] = true
            for c in [parts.left[Int(node)], parts.right[Int(node)]] where c >= 0 { stack.append(c) }
        }
    }

    private func failure(_ message: String) -> TreeEnsembleFormatError {
        TreeEnsembleFormatError(line: next > 0 && next <= lines.count ? lines[next - 1].number : 0, message)
    }

    /// The next line, which must start with `key` and carry `count` more fields.
    private mutating func take(_ key: String, _ count: Int) throws(TreeEnsembleFormatError) -> [Substring] {
        guard next < lines.count else { throw TreeEnsembleFormatError(line: 0, "file ends before '\(key)'") }
        let line = lines[next]
        next += 1
        guard line.fields[0] == key else { throw failure("expected '\(key)', found '\(line.fields[0])'") }
        guard line.fields.count == count + 1 else { throw failure("'\(key)' needs \(count) values, has \(line.fields.count - 1)") }
        return Array(line.fields[1...])
    }

    private func int(_ field: Substring, min: Int, below limit: Int = Int(Int32.max)) throws(TreeEnsembleFormatError) -> Int {
        guard let value = Int(field), value >= min, value < limit else { throw failure("'\(field)' is not an integer in \(min)..<\(limit)") }
        return value
    }

    private func double(_ field: Substring) throws(TreeEnsembleFormatError) -> Double {
        guard let value = Double(field) else { throw failure("'\(field)' is not a number") }
        return value
    }

    private func child(_ field: Substring, nodes: Int, leaves: Int) throws(TreeEnsembleFormatError) -> Int32 {
        guard let value = Int32(field), value >= 0 ? Int(value) < nodes : Int(~value) < leaves else {
            throw failure("child '\(field)' is outside \(nodes) nodes and \(leaves) leaves")
        }
        return value
    }
}
