import BallastTestSupport
import BallastCore
@testable import BallastData

/// Small helpers shared by the reader tests.
enum ReaderFixture {
    static func source(_ text: String, name: String = "fixture.csv") throws -> ByteSource {
        try ByteSource(name: name, data: Array(text.utf8))
    }

    static func read(_ text: String, name: String = "fixture.csv", as format: DataFormat? = nil,
                     options: ReadOptions = ReadOptions()) throws -> ReadResult {
        try ReaderRegistry.read(source(text, name: name), format: format, options: options)
    }

    static func real(_ path: String, options: ReadOptions = ReadOptions()) throws -> ReadResult {
        try ReaderRegistry.read(ByteSource(path: TestData.path(path)), options: options)
    }

    static func bars(_ result: ReadResult) -> BarColumns {
        if case .bars(let bars) = result.payload { return bars }
        return BarColumns()
    }

    static func ticks(_ result: ReadResult) -> TickColumns {
        if case .ticks(let ticks) = result.payload { return ticks }
        return TickColumns()
    }

    static func values(_ result: ReadResult) -> ValueColumns {
        if case .values(let values) = result.payload { return values }
        return ValueColumns()
    }

    static func ns(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0) -> Int64 {
        Timestamp(year: year, month: month, day: day, hour: hour, minute: minute, second: second).nanoseconds
    }

    /// The error a read throws, or nil when it succeeds.
    static func failure(_ text: String, name: String = "fixture.csv", as format: DataFormat? = nil,
                        options: ReadOptions = ReadOptions()) -> DataReadError? {
        do {
            _ = try read(text, name: name, as: format, options: options)
            return nil
        } catch let error as DataReadError {
            return error
        } catch {
            return DataReadError(.unreadable, file: name, "unexpected error type: \(error)")
        }
    }
}
