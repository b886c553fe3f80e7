/// Detection of headerless vendor files by the shape of their first row.
extension FormatDetector {
    static func byRowShape(_ text: String, name: String) -> Detection? {
        let bytes = Array(text.utf8)
        func digits(_ range: Range<Int>) -> Bool { range.upperBound <= bytes.count && bytes[range].allSatisfy { $0 &- 48 < 10 } }
        let histData = name.hasPrefix("DAT_ASCII_") || name.hasPrefix("DAT_NT_")
        if digits(0..<8), bytes.count > 16, bytes[8] == 32, digits(9..<15), bytes[15] == 59 {
            if histData {
                return Detection(format: .histdataM1, confidence: .certain, reason: "rows 'YYYYMMDD HHMMSS;…' and a HistData file name (DAT_ASCII_…)")
            }
            if name.lowercased().contains("ninja") || [".Last", ".Bid", ".Ask"].contains(where: name.hasSuffix) {
                return Detection(format: .ninjatrader, confidence: .certain, reason: "rows 'YYYYMMDD HHMMSS;…' and a NinjaTrader file name")
            }
            return Detection(format: .histdataM1, confidence: .unsure, reason: "rows 'YYYYMMDD HHMMSS;o;h;l;c;v'",
                             alternatives: [.ninjatrader],
                             hint: "HistData and NinjaTrader share this layout but not the time zone (HistData: EST without DST; NinjaTrader: the exporter's zone); pass --format histdata-m1 or --format ninjatrader")
        }
        if digits(0..<8), bytes.count > 18, bytes[8] == 32, digits(9..<18), bytes[18] == 44 {
            return Detection(format: .histdataTicks, confidence: histData ? .certain : .likely,
                             reason: "rows 'YYYYMMDD HHMMSSmmm,bid,ask,volume'" + (histData ? " and a HistData file name" : ""))
        }
        let fields = text.split(separator: ",", omittingEmptySubsequences: false)
        if fields.count == 12, [13, 16].contains(fields[0].count), fields[0].allSatisfy(\.isNumber),
           [13, 16].contains(fields[6].count), fields[6].allSatisfy(\.isNumber) {
            let named = FileNameHints.binance(name).timeframe != nil
            return Detection(format: .binance, confidence: .certain,
                             reason: "12 columns with open and close times in \(fields[0].count == 16 ? "µs" : "ms") (Binance klines)"
                                + (named ? " and a Binance file name" : ""))
        }
        return nil
    }
}
