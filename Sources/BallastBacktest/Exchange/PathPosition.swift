import BallastCore

/// A place on a bar's path: the segment (0 = open → first extreme), how far along it, and the price there.
struct PathPosition: Sendable, Comparable {
    var segment: Int
    var fraction: Double
    var price: Int64

    /// At the bar's open, where gap fills and market orders happen.
    var isOpen: Bool { segment == 0 && fraction == 0 }

    static func < (lhs: PathPosition, rhs: PathPosition) -> Bool {
        (lhs.segment, lhs.fraction) < (rhs.segment, rhs.fraction)
    }

    static func == (lhs: PathPosition, rhs: PathPosition) -> Bool {
        lhs.segment == rhs.segment && lhs.fraction == rhs.fraction
    }
}
