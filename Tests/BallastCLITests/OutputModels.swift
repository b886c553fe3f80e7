/// The `--json` shapes the tests read back, decoded strictly: a renamed or missing required
/// key fails the decode, and optional keys are checked by the tests that need them.

/// One element of `ballast data import --json` (and `validate`, `demo`).
struct ImportedFile: Decodable {
    var path: String
    var status: String
    var format: String?
    var symbol: String?
    var instrument: String?
    var timeframe: String?
    var kind: String?
    var rows: Int
    var valid: Int
    var stored: Int
    var unchanged: Int
    var conflicts: Int
    var first: String?
    var last: String?
    var findings: [FindingJSON]
    var error: FailureJSON?
}

struct FindingJSON: Decodable {
    var kind: String
    var action: String
    var count: Int
}

struct FailureJSON: Decodable {
    var code: String
    var line: Int?
    var column: Int?
    var message: String
}

/// One element of `ballast data ls --json`.
struct ListedSeries: Decodable {
    var series: String
    var kind: String
    var rows: Int
}

/// One element of `ballast data verify --json`.
struct VerifiedSeries: Decodable {
    var series: String
    var partitions: Int
    var rows: Int
    var problems: [String]
}

/// `ballast data show --json`.
struct ShownSeries: Decodable {
    var series: String
    var rows: Int
    var csv: String
}
