/// Small input files cut from the real data, and deliberately broken ones.
enum Samples {
    static let xauH4 = "mt5/XAUUSD_H4_20250102-20251027.csv.gz"

    /// The header and the first `rows` data rows of the real XAUUSD H4 MT5 export (CRLF).
    static func mt5Lines(rows: Int = 19) throws -> [[UInt8]] {
        try RealFile.head(xauH4, lines: rows + 1)
    }

    /// `lines` with line `index` (0-based) cut one digit after the last decimal point, so the
    /// row ends in the middle of a number and its remaining columns are missing. Returns the
    /// file and the 1-based column just past the cut, where the reader meets the line end.
    static func truncatingRow(_ index: Int, of lines: [[UInt8]]) -> (bytes: [UInt8], column: Int) {
        var lines = lines
        let row = lines[index]
        let dot = row.lastIndex(of: UInt8(ascii: ".")) ?? row.count / 2
        let kept = Array(row[..<min(dot + 2, row.count)])
        let ending: [UInt8] = row.suffix(2) == [13, 10] ? [13, 10] : [10]
        lines[index] = kept + ending
        return (lines.flatMap { $0 }, kept.count + 1)
    }

    /// The MT5 sample with a second row at the time of row `index`, with a different close.
    static func mt5ConflictingDuplicate(at index: Int = 10) throws -> [UInt8] {
        var lines = try mt5Lines()
        var fields = lines[index].split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map(Array.init)
        fields[3] = Array("2999.99".utf8)  // <HIGH>
        fields[5] = Array("2999.99".utf8)  // <CLOSE>
        lines.insert(fields.joined(separator: [UInt8(ascii: "\t")]).map { $0 }, at: index + 1)
        return lines.flatMap { $0 }
    }

    /// `count` bytes from a seeded SplitMix64, the same on every run.
    static func randomBytes(_ count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return UInt8(truncatingIfNeeded: z ^ (z >> 31))
        }
    }
}
