import BallastCore

/// One kind of problem found in a series, aggregated over every row it affects.
public struct Finding: Codable, Sendable, Equatable {
    public var kind: FindingKind
    public var action: FindingAction
    /// How many rows (or, for gaps and runs, how many occurrences) the finding covers.
    public var count: Int
    /// The first few occurrences, in series order.
    public var examples: [Example]
    /// One plain sentence with the numbers a trader needs.
    public var message: String
    /// What repairs changed, in order; at most the policy's `maxRepairRecords`.
    public var repairs: [Repair]
    /// The exact number of field changes (`repairs` may hold fewer).
    public var repairCount: Int

    /// At most this many examples are kept.
    public static let maxExamples = 5

    /// One occurrence: where it is and what is wrong.
    public struct Example: Codable, Sendable, Equatable {
        /// 1-based data row in the file as read (header excluded).
        public var row: Int
        /// ISO-8601 UTC time of the row.
        public var time: String
        /// A short description, such as "high 1.1000 < open 1.1003".
        public var detail: String

        public init(row: Int, time: String, detail: String) {
            self.row = row
            self.time = time
            self.detail = detail
        }
    }

    /// One changed field: `row`'s `field` went from `old` to `new`.
    public struct Repair: Codable, Sendable, Equatable {
        public var row: Int
        public var field: String
        public var old: String
        public var new: String

        public init(row: Int, field: String, old: String, new: String) {
            self.row = row
            self.field = field
            self.old = old
            self.new = new
        }
    }

    public init(kind: FindingKind, action: FindingAction, count: Int, examples: [Example], message: String,
                repairs: [Repair] = [], repairCount: Int = 0) {
        self.kind = kind
        self.action = action
        self.count = count
        self.examples = examples
        self.message = message
        self.repairs = repairs
        self.repairCount = repairCount
    }
}
