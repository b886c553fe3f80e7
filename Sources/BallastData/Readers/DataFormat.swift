/// The file formats Ballast reads. The raw values are the names `--format` takes.
public enum DataFormat: String, CaseIterable, Sendable, Codable {
    case mt5Bars = "mt5-bars"
    case mt5Ticks = "mt5-ticks"
    case histdataM1 = "histdata-m1"
    case histdataTicks = "histdata-ticks"
    case ninjatrader
    case dukascopy
    case yahoo
    case stooq
    case binance
    case fred
    case generic

    /// What the format holds, for help texts.
    public var summary: String {
        switch self {
        case .mt5Bars: "MetaTrader 5 'Export bars' (tab-separated, <DATE> <TIME> ..., broker server time)"
        case .mt5Ticks: "MetaTrader 5 'Export ticks' (<DATE> <TIME> <BID> <ASK> <LAST> <VOLUME> <FLAGS>)"
        case .histdataM1: "HistData.com Generic ASCII M1 bars (YYYYMMDD HHMMSS;o;h;l;c;v, EST without DST)"
        case .histdataTicks: "HistData.com Generic ASCII ticks (YYYYMMDD HHMMSSmmm,bid,ask,vol, EST without DST)"
        case .ninjatrader: "NinjaTrader minute export (YYYYMMDD HHMMSS;o;h;l;c;v, exporter's zone)"
        case .dukascopy: "Dukascopy export (DD.MM.YYYY HH:MM:SS.mmm GMT+hhmm on every row)"
        case .yahoo: "Yahoo Finance daily CSV (Date,Open,High,Low,Close,Adj Close,Volume)"
        case .stooq: "Stooq daily CSV (Date,Open,High,Low,Close[,Volume[,OpenInt]])"
        case .binance: "Binance klines (12 columns, ms or µs open time, spot or futures)"
        case .fred: "FRED series CSV (DATE or observation_date, then the series)"
        case .generic: "any CSV/TSV with date/time and OHLC, bid/ask or value columns"
        }
    }
}
