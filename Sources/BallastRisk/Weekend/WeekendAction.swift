/// What to do with a position before the weekend close.
public enum WeekendAction: Sendable, Hashable {
    /// Close it entirely.
    case flatten
    /// Cut it to this fraction (0...1) of its size, rounded down to the volume step.
    case reduce(to: Double)
}
