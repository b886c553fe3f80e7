
/// A one-line progress bar on stderr, drawn only when stderr is a terminal, so pipes get
/// nothing but the result. Used from one thread at a time (the importer calls back on its own).
final class ProgressBar: @unchecked Sendable {
    let label: String
    let total: Int
    private let enabled: Bool
    private var lastPermille = -1

    /// `enabled: false` draws nothing even on a terminal (for `--json` runs).
    init(label: String, total: Int, enabled: Bool = true) {
        self.label = label
        self.total = max(total, 1)
        self.enabled = enabled && Terminal.stderrIsTerminal
    }

    /// Whether anything is drawn: callers skip the work of reporting when not.
    var isEnabled: Bool { enabled }

    func update(_ done: Int) {
        guard enabled else { return }
        let permille = min(1000, done * 1000 / total)
        guard permille != lastPermille else { return }
        lastPermille = permille
        let width = 30
        let filled = permille * width / 1000
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        Terminal.writeStderr("\r\(label) [\(bar)] \(permille / 10)%")
    }

    func finish() {
        guard enabled else { return }
        Terminal.writeStderr("\r" + String(repeating: " ", count: label.count + 40) + "\r")
    }
}
