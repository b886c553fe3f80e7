/// How a generic CSV/TSV is laid out: the delimiter, whether line 1 is a header, and what each
/// column holds. Inferred from the first two lines, by column names or (headerless) by shape.
struct GenericLayout: Equatable {
    enum Role: Equatable {
        case time, date, clock, open, high, low, close, volume, tickVolume, spread, bid, ask, last, value, amount, ignored
    }

    enum Kind: String { case bars, ticks, values }

    var delimiter: UInt8
    var hasHeader: Bool
    var roles: [Role]
    var names: [String]
    var kind: Kind
    /// Facts worth a note (an inserted time column, a guessed headerless layout).
    var remarks: [String] = []

    static let delimiters: [UInt8] = [44, 59, 9, 124]

    /// The delimiter that splits both lines into the most (and at least two) fields.
    static func delimiter(_ first: [UInt8], _ second: [UInt8]?) -> UInt8? {
        var best: (UInt8, Int)?
        for candidate in delimiters {
            let a = first.count { $0 == candidate }
            let b = second.map { line in line.count { $0 == candidate } } ?? a
            let score = min(a, b)
            if score > 0, score > (best?.1 ?? 0) { best = (candidate, score) }
        }
        return best?.0
    }

    static func fields(_ line: [UInt8], _ delimiter: UInt8) -> [String] {
        line.split(separator: delimiter, omittingEmptySubsequences: false).map {
            String(decoding: $0, as: UTF8.self).trimming(" \"'")
        }
    }

    /// Whether a row of fields reads as column names rather than data.
    static func isHeader(_ fields: [String]) -> Bool {
        fields.contains { field in
            guard let first = field.unicodeScalars.first else { return false }
            let word = field.lowercased()
            let letter = (first.properties.isAlphabetic || first == "<" || first == "_")
            return letter && !["null", "nan", "na", "n/a"].contains(word)
        }
    }

    /// A field that looks like a time of day (`09:01:00`, `9:01`).
    static func isClock(_ field: String) -> Bool {
        let parts = field.split(separator: ":")
        return (2...3).contains(parts.count) && field.count <= 15 && parts[0].count <= 2 && parts[0].allSatisfy(\.isNumber)
    }

    static let nameRoles: [String: Role] = [
        "time": .time, "date": .time, "datetime": .time, "date_time": .time, "timestamp": .time, "gmt_time": .time,
        "local_time": .time, "dt": .time, "open_time": .time, "opentime": .time, "ts": .time, "unix": .time,
        "unix_time": .time, "time_stamp": .time,
        "open": .open, "o": .open, "high": .high, "h": .high, "low": .low, "l": .low, "close": .close, "c": .close,
        "volume": .volume, "vol": .volume, "real_volume": .volume, "v": .volume, "base_volume": .volume,
        "tickvol": .tickVolume, "tick_volume": .tickVolume, "tickvolume": .tickVolume, "ticks": .tickVolume,
        "spread": .spread, "bid": .bid, "ask": .ask, "last": .last, "price": .last, "value": .value,
        "amount": .amount, "qty": .amount, "size": .amount, "quantity": .amount,
    ]

    /// `Gmt time` → `gmt_time`, `<TICKVOL>` → `tickvol`.
    static func normalized(_ name: String) -> String {
        name.lowercased().filter { $0 != "<" && $0 != ">" }.replacingAll(" ", with: "_")
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }
}
