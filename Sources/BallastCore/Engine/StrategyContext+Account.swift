extension StrategyContext {
    /// Sets the equity's amount (its currency unchanged). The backtest shell calls this once per
    /// bar; kept in this module so the property's unchecked exclusivity applies.
    @usableFromInline package func setEquity(raw: Int64) { equity.raw = raw }
}
