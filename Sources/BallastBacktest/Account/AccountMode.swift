import BallastCore

/// How positions in one symbol combine.
public enum AccountMode: String, Sendable, Hashable {
    /// One position per symbol: opposite fills reduce, close or reverse it (MT5 netting).
    case netting
    /// Each fill opens its own position (ticket); a fill closes one only when its order names it
    /// as its parent, as bracket exits and stop-outs do (MT5 hedging).
    case hedging
}
