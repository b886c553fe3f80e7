import BallastCore
import BallastExecution
import BallastStore

/// What `ballast paper` did.
struct PaperOutcome {
    let setup: PaperSetup
    let report: LiveSessionReport
    let sessionID: String
    let reconciliation: ReconciliationReport
    let position: PositionRecord?
}

/// The text and JSON forms of a paper run.
enum PaperOutput {
    struct Summary: Encodable {
        var session: String
        var symbol: String
        var timeframe: String
        var strategy: String
        var bars: Int
        /// Orders sent to the venue by this run.
        var orders: Int
        /// Intents an earlier run of the same session had recorded (nothing was sent for them).
        var duplicates: Int
        var refused: Int
        /// Why each refused intent was refused (the rule and its numbers).
        var refusals: [RefusalRow]
        var fills: [FillRow]
        var finalPosition: String
        var realizedPnL: String
        /// Swaps booked by the fills (negative is a charge).
        var swaps: String
        var currency: String
        var reconciliationMismatches: Int
        var anomalies: [String]
        var ledger: String
        var journal: String

        enum CodingKeys: String, CodingKey {
            case session, symbol, timeframe, strategy, bars, orders, duplicates, refused, refusals, fills, swaps, currency, anomalies, ledger,
                 journal
            case finalPosition = "final_position", realizedPnL = "realized_pnl", reconciliationMismatches = "reconciliation_mismatches"
        }
    }

    struct RefusalRow: Encodable {
        var intent: String
        var rule: String
        var reason: String
    }

    struct FillRow: Encodable {
        var order: String
        var side: String
        var quantity: String
        var price: String
        var time: String
    }

    static func summary(_ o: PaperOutcome) -> Summary {
        let currency = o.setup.run.deposit.currency
        return Summary(
            session: o.sessionID, symbol: o.setup.run.instrument.symbol, timeframe: o.setup.run.timeframe.rawValue,
            strategy: o.setup.run.strategyName, bars: o.report.events, orders: o.report.sent.count,
            duplicates: o.report.duplicates.count, refused: o.report.refused.count,
            refusals: o.report.refused.map { RefusalRow(intent: $0.intent.rawValue, rule: $0.rule, reason: $0.reason) },
            fills: o.report.fills.map { FillRow(order: $0.orderID.rawValue, side: $0.side.rawValue, quantity: "\($0.quantity)",
                                                price: "\($0.price)", time: $0.time.iso8601) },
            finalPosition: "\(o.position?.quantity ?? .zero)", realizedPnL: "\(o.position?.realizedPnL ?? .zero(currency))",
            swaps: "\(o.position?.swaps ?? .zero(currency))", currency: currency, reconciliationMismatches: o.reconciliation.mismatches.count,
            anomalies: o.report.anomalies.map(\.description), ledger: o.setup.ledgerPath, journal: o.setup.journalPath)
    }

    static func text(_ o: PaperOutcome) -> String {
        let s = summary(o)
        var lines = ["paper \(s.strategy) on \(s.symbol) \(s.timeframe): \(s.bars) bars, session \(s.session)",
                     "orders sent: \(s.orders)" + (s.duplicates > 0 ? " (\(s.duplicates) already recorded by an earlier run, not sent again)" : ""),
                     "refused: \(s.refused)"]
        lines += s.refusals.suffix(5).map { "  \($0.intent): \($0.rule): \($0.reason)" }
        lines += ["fills: \(s.fills.count)"]
        lines += s.fills.suffix(5).map { "  \($0.time) \($0.order) \($0.side) \($0.quantity) @ \($0.price)" }
        lines += ["final position: \(s.finalPosition) \(s.symbol)", "realised PnL: \(s.realizedPnL), swaps \(s.swaps)",
                  "reconciliation at start: " + (s.reconciliationMismatches == 0 ? "clean" : "\(s.reconciliationMismatches) mismatches settled")]
        lines += s.anomalies.map { "anomaly: \($0)" }
        lines += ["ledger: \(s.ledger)", "venue journal: \(s.journal)"]
        return lines.joined(separator: "\n")
    }
}
