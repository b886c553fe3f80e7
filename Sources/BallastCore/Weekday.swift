/// A day of the week, numbered as `CivilCalendar.weekday(fromDays:)` numbers them (Sunday = 0).
public enum Weekday: Int, Hashable, Comparable, Sendable, Codable, CaseIterable {
    case sunday, monday, tuesday, wednesday, thursday, friday, saturday

    /// Parses `Wed`, `wednesday`, `WEDNESDAY` (the first three letters decide); nil otherwise.
    public init?(name: String) {
        let key = String(name.lowercased().prefix(3))
        let names = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]
        guard name.count >= 3, let index = names.firstIndex(of: key),
              Self.fullNames[index].hasPrefix(name.lowercased()) else { return nil }
        self.init(rawValue: index)
    }

    /// The three-letter English name (`Wed`).
    public var shortName: String { ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][rawValue] }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }

    private static let fullNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
}
