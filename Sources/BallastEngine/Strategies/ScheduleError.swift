/// A schedule window that could not be read.
public struct ScheduleError: Error, Sendable, Hashable, CustomStringConvertible {
    public var window: String
    public var problem: String

    public var description: String { "schedule window '\(window)': \(problem)" }
}
