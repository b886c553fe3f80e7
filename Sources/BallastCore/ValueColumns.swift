/// A plain time series of numbers (FRED macro data and the like). Missing values are NaN.
public struct ValueColumns: Sendable, Equatable {
    public var time: [Int64] = []
    public var value: [Double] = []

    public init() {}

    public var count: Int { time.count }
    public var isEmpty: Bool { time.isEmpty }

    public mutating func append(time t: Int64, value v: Double) {
        time.append(t)
        value.append(v)
    }

    public func selecting(_ indices: [Int]) -> ValueColumns {
        var out = ValueColumns()
        for i in indices { out.append(time: time[i], value: value[i]) }
        return out
    }

    /// NaN-aware equality: two missing values are equal.
    public static func == (lhs: ValueColumns, rhs: ValueColumns) -> Bool {
        lhs.time == rhs.time && zip(lhs.value, rhs.value).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
            && lhs.value.count == rhs.value.count
    }
}
