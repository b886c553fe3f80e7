import BallastCore

/// Numbers as rejections show them: lots with at least two decimals, ratios with up to four.
enum Shown {
    static func lots(_ q: Quantity) -> String { decimals(q.raw, Quantity.decimals) + " lots" }

    static func ratio(_ x: Double) -> String { decimals(Int64((x * 10_000).rounded()), 4) }

    static func money(_ m: Money) -> String { m.formatted(digits: 2) }

    private static func decimals(_ raw: Int64, _ places: Int) -> String {
        var text = FixedDecimal.format(raw, decimals: places, shown: nil)
        guard let dot = text.firstIndex(of: ".") else { return text + ".00" }
        let shown = text.distance(from: dot, to: text.endIndex) - 1
        if shown < 2 { text += String(repeating: "0", count: 2 - shown) }
        return text
    }
}
