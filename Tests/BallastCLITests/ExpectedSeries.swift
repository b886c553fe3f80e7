/// What each real file must be imported as: its symbol and its timeframe (bars) or kind
/// (`ticks`, `values`). File names are the shared data's, so the table is keyed by prefix.
enum ExpectedSeries {
    /// The symbol and the timeframe or kind a file is expected to import as, by its manifest path.
    static func of(_ file: String) -> (symbol: String, shape: String)? {
        let name = String(file.split(separator: "/").last ?? "")
        if file.hasPrefix("mt5/") {
            // MT5's own naming: SYMBOL_TF_...
            let parts = name.split(separator: "_")
            return (String(parts[0]), String(parts[1]))
        }
        return table.first { file.hasPrefix($0.prefix) }.map { ($0.symbol, $0.shape) }
    }

    private static let table: [(prefix: String, symbol: String, shape: String)] = [
        ("histdata/DAT_ASCII_EURUSD_M1_", "EURUSD", "M1"),
        ("histdata/DAT_ASCII_EURUSD_T_", "EURUSD", "ticks"),
        ("ninjatrader/SPY_M1_", "SPY", "M1"),
        ("dukascopy/EURUSD_", "EURUSD", "H1"),
        ("dukascopy/GBPUSD_", "GBPUSD", "H1"),
        ("dukascopy/USDJPY_", "USDJPY", "H1"),
        ("dukascopy/XAUUSD_", "XAUUSD", "H1"),
        ("dukascopy/USA500.IDXUSD_", "USA500.IDXUSD", "H1"),
        ("dukascopy/BTCUSD_", "BTCUSD", "H1"),
        ("binance/ADABTC-1m-", "ADABTC", "M1"),
        ("binance/BTCUSDT-1h-", "BTCUSDT", "H1"),
        ("binance/LINKUSDT-1m-", "LINKUSDT", "M1"),
        ("yahoo/GSPC_", "GSPC", "D1"),
        ("yahoo/BTC-USD_", "BTC-USD", "D1"),
        ("yahoo/GC_F_", "GC", "D1"),
        ("yahoo/ORCL_", "ORCL", "D1"),
        ("yahoo/NVDA_", "NVDA", "D1"),
        ("yahoo/SPY_", "SPY", "D1"),
        ("stooq/spx_d", "SPX", "D1"),
        ("stooq/eurusd_d", "EURUSD", "D1"),
        ("stooq/xauusd_d", "XAUUSD", "D1"),
        ("fred/legacy/DGS10", "DGS10", "values"),
        ("fred/legacy/T10YFF", "T10YFF", "values"),
        ("fred/legacy/UNRATE", "UNRATE", "values"),
        ("fred/current/DGS10", "DGS10", "values"),
        ("fred/current/FEDFUNDS", "FEDFUNDS", "values"),
        ("fred/current/CPIAUCSL", "CPIAUCSL", "values"),
        ("fred/current/UNRATE", "UNRATE", "values"),
        ("fred/current/SP500", "SP500", "values"),
        ("fred/current/VIXCLS", "VIXCLS", "values"),
        ("other/fxcm_GBPUSD_M1_", "GBPUSD", "M1"),
        ("other/FESX_M1_", "FESX", "M1"),
        ("other/bitstamp_BTCUSD_trades_", "BTCUSD", "ticks"),
    ]
}
