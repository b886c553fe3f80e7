/// Building a `GenericLayout` from a file's first two lines.
extension GenericLayout {
    /// Infers the layout, or explains why the file is not a table of market data.
    static func infer(first: [UInt8], second: [UInt8]?, file: String) throws(DataReadError) -> GenericLayout {
        guard let delimiter = delimiter(first, second) else {
            throw DataReadError(.malformed, file: file, line: 1, column: 1,
                                "no delimiter (',', ';', tab or '|') splits the first lines into columns")
        }
        let names = fields(first, delimiter)
        let header = isHeader(names)
        let sample = header ? second.map { fields($0, delimiter) } : names
        var layout = header ? byName(names, sample: sample) : byShape(names)
        layout.delimiter = delimiter
        layout.hasHeader = header
        guard let kind = kind(of: &layout.roles) else {
            throw DataReadError(.malformed, file: file, line: 1, column: 1,
                                "no price or value columns found (looked for open/high/low/close, bid/ask/last/price, value) in '\(names.joined(separator: ","))'")
        }
        guard layout.roles.contains(.time) else {
            throw DataReadError(.malformed, file: file, line: 1, column: 1,
                                "no date or time column found (looked for time, date, datetime, timestamp, Local time, Gmt time)")
        }
        layout.kind = kind
        return layout
    }

    private static func byName(_ names: [String], sample: [String]?) -> GenericLayout {
        var roles = names.map { nameRoles[normalized($0)] ?? .ignored }
        var remarks: [String] = []
        // A date column and a time column: the first holds the date, the second the time of day.
        if let date = roles.firstIndex(of: .time), let clock = roles[(date + 1)...].firstIndex(of: .time),
           normalized(names[clock]) == "time" {
            roles[date] = .date
            roles[clock] = .clock
        }
        // Rows with one field more than the header, a time of day after the date (backtrader's
        // FESX sample): the header left out the time column.
        if let sample, sample.count == names.count + 1, let date = roles.firstIndex(of: .time),
           date + 1 < sample.count, isClock(sample[date + 1]) {
            roles[date] = .date
            roles.insert(.clock, at: date + 1)
            remarks.append("rows have one more field than the header: column \(date + 2) holds the time of day")
        }
        // pandas' unnamed index column: the time if nothing else is, otherwise ignored.
        if let first = names.first, first.isEmpty || first.lowercased().hasPrefix("unnamed") || first.lowercased() == "index" {
            roles[0] = roles.contains(.time) || roles.contains(.date) ? .ignored : .time
        }
        if !roles.contains(.time), let date = roles.firstIndex(of: .date) { roles[date] = .time }
        var names = names
        if names.count < roles.count { names.insert("(time)", at: roles.firstIndex(of: .clock) ?? names.count) }
        return GenericLayout(delimiter: 44, hasHeader: true, roles: roles, names: names, kind: .bars, remarks: remarks)
    }

    /// Headerless files: a time (maybe a date and a time), then prices by count.
    private static func byShape(_ fields: [String]) -> GenericLayout {
        var roles: [Role] = [.time]
        if fields.count > 2, isClock(fields[1]) { roles = [.date, .clock] }
        let layouts: [Int: [Role]] = [
            1: [.value], 2: [.last, .amount], 3: [.bid, .ask, .volume], 4: [.open, .high, .low, .close],
            5: [.open, .high, .low, .close, .volume], 6: [.open, .high, .low, .close, .volume, .ignored],
            7: [.open, .high, .low, .close, .tickVolume, .volume, .spread],
        ]
        let rest = fields.count - roles.count
        roles += layouts[rest] ?? ([.open, .high, .low, .close, .volume] + Array(repeating: .ignored, count: max(0, rest - 5)))
        if roles.first == .date { roles[0] = .time }
        let names = roles.map { "\($0)" }
        let remark = "no header: columns read by position as \(names.joined(separator: ","))"
        return GenericLayout(delimiter: 44, hasHeader: false, roles: roles, names: names, kind: .bars, remarks: [remark])
    }

    /// What the columns make: bars, ticks or values. A lone close, or a lone unnamed number
    /// column, becomes the value.
    private static func kind(of roles: inout [Role]) -> Kind? {
        if [.open, .high, .low, .close].allSatisfy(roles.contains) { return .bars }
        if roles.contains(.bid) || roles.contains(.ask) || roles.contains(.last) { return .ticks }
        if roles.contains(.value) { return .values }
        if let close = roles.firstIndex(of: .close) { roles[close] = .value; return .values }
        let unknown = roles.indices.filter { roles[$0] == .ignored }
        if unknown.count == 1 { roles[unknown[0]] = .value; return .values }
        return nil
    }
}
