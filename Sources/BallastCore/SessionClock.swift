

/// `HH:MM` parsing and printing for session descriptions.
public enum SessionClock {
    /// Minutes after midnight for `17:00` or `9:30`; `24:00` is allowed (1440). Nil otherwise.
    public static func minutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.utf8.allSatisfy { (48...57).contains($0) } }),
              let hour = Int(parts[0]), let minute = Int(parts[1]),
              hour >= 0, minute >= 0, minute < 60, hour * 60 + minute <= 1440 else { return nil }
        return hour * 60 + minute
    }

    public static func text(_ minutes: Int) -> String { pad(minutes / 60) + ":" + pad(minutes % 60) }

    static func pad(_ value: Int) -> String { value < 10 ? "0" + String(value) : String(value) }
}
