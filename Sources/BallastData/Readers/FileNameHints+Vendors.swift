import BallastCore

/// Symbol and timeframe from the file names other vendors write.
extension FileNameHints {
    /// The file name without folders and without its `.gz`, `.csv`, `.txt`, `.tsv`, `.prn` endings
    /// (`x.csv.gz` and `x.txt.csv` alike).
    static func stem(_ path: String) -> String {
        var name = Substring(path.split(separator: "/").last ?? "")
        for ext in [".gz", ".csv", ".txt", ".tsv", ".prn", ".csv", ".txt", ".tsv"] where name.lowercased().hasSuffix(ext) {
            name = name.dropLast(ext.count)
        }
        return String(name)
    }

    /// A bare ticker-like stem (`SPY`, `^GSPC`, `BTC-USD`, `GC=F`), or nil for other names.
    static func tickerStem(_ path: String) -> String? {
        let stem = stem(path)
        guard !stem.isEmpty, stem.count <= 24, !stem.contains(" "), !stem.contains("_") else { return nil }
        return stem
    }

    /// Dukascopy: `EURUSD_Candlestick_1_Hour_BID_01.01.2024-01.01.2025` → EURUSD, H1.
    static func dukascopy(_ path: String) -> (symbol: String?, timeframe: Timeframe?) {
        let parts = stem(path).split(separator: "_").map(String.init)
        guard parts.count >= 4, parts[1].lowercased() == "candlestick", let count = Int(parts[2]) else {
            return (parts.first, nil)
        }
        let unit = parts[3].lowercased()
        let suffix = unit.hasPrefix("mo") || unit == "mn" ? "mo" : unit.hasPrefix("m") ? "m"
            : unit.hasPrefix("h") ? "h" : unit.hasPrefix("d") ? "d" : unit.hasPrefix("w") ? "w" : "?"
        return (parts[0], Timeframe(parsing: "\(count)\(suffix)"))
    }

    /// Binance: `BTCUSDT-1h-2022-01` → BTCUSDT, H1 (`1M` is one month, `1m` one minute).
    static func binance(_ path: String) -> (symbol: String?, timeframe: Timeframe?) {
        let parts = stem(path).split(separator: "-").map(String.init)
        guard parts.count >= 2 else { return (nil, nil) }
        if parts[1] == "1M" { return (parts[0], .mn1) }
        return (parts[0], Timeframe(parsing: parts[1]))
    }

    /// Stooq: `eurusd_d`, `^spx_d`, `aapl_us_d` → EURUSD, ^SPX, AAPL.US with D1, W1 or MN1.
    static func stooq(_ path: String) -> (symbol: String?, timeframe: Timeframe?) {
        var parts = stem(path).split(separator: "_").map(String.init)
        var timeframe: Timeframe?
        if parts.count >= 2, let last = parts.last, ["d", "w", "m"].contains(last) {
            timeframe = last == "d" ? .d1 : last == "w" ? .w1 : .mn1
            parts.removeLast()
        }
        guard !parts.isEmpty else { return (nil, timeframe) }
        return (parts.joined(separator: ".").uppercased(), timeframe)
    }
}

extension FileNameHints {
    /// Any name: MT5/HistData names first, then `…_<SYMBOL>_<TF>_…` anywhere, then a bare ticker.
    static func generic(_ path: String) -> (symbol: String?, timeframe: Timeframe?) {
        let hints = FileNameHints(path: path)
        if hints.symbol != nil { return (hints.symbol, hints.timeframe) }
        let parts = stem(path).split(separator: "_").map(String.init)
        for index in parts.indices.dropFirst() where !parts[index].allSatisfy(\.isNumber) {
            if let timeframe = Timeframe(parsing: parts[index]) { return (parts[index - 1], timeframe) }
        }
        return (tickerStem(path), nil)
    }
}

extension FileNameHints {
    /// The words of a file name (`fxcm_GBPUSD_M1_ask_201202` → fxcm, GBPUSD, M1, ask, 201202).
    static func words(_ path: String) -> [String] {
        stem(path).split(whereSeparator: { "_- .".contains($0) }).map(String.init)
    }

    /// Whether the name says the prices are asks (`_ask_`, `_ASK_`): such files are stored beside
    /// the bid series, not merged into it.
    public static func isAskSide(_ path: String) -> Bool {
        words(path).contains { $0.lowercased() == "ask" }
    }
}
