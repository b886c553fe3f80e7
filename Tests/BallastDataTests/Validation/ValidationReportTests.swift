import BallastCore
import Foundation
import Testing
@testable import BallastData

@Suite struct ValidationReportTests {
    func sampleReport() -> ValidationReport {
        let t0 = Fixture.monday + 9 * 3600 * Timestamp.nanosPerSecond
        let bad = Fixture.bar(t0, "1.10030", "1.10000", "1.09900", "1.09950")
        let dup = Fixture.bar(t0 + 1800 * Timestamp.nanosPerSecond, "1.1", "1.1", "1.1", "1.1")
        return Fixture.validator().validate(.bars(BarColumns([bad, dup, dup]))).report
    }

    @Test func jsonRoundTripsWithStableKeys() throws {
        let report = sampleReport()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(report)
        #expect(try JSONDecoder().decode(ValidationReport.self, from: data) == report)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"kind\":\"ohlcInconsistent\"") && text.contains("\"action\":\"repair\""))
        #expect(text.contains("\"rejected\":false") && text.contains("\"rowsIn\":3") && text.contains("\"rowsOut\":2"))
        #expect(text.contains("\"repairs\":[{\"field\":\"high\",\"new\":\"1.10030\",\"old\":\"1.10000\",\"row\":1}]"))
    }

    @Test func tableIsAlignedWithASummary() {
        let table = sampleReport().renderTable()
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("KIND ") && lines[1].hasPrefix("duplicate ") && lines[2].hasPrefix("ohlcInconsistent "))
        let messageColumn = lines[0].range(of: "MESSAGE")!.lowerBound.utf16Offset(in: lines[0])
        #expect(lines[1].dropFirst(messageColumn).hasPrefix("1 bar repeats an earlier bar exactly; the first copy was kept."))
        #expect(lines[3] == "3 bars in, 2 out, 2 findings: accepted")
    }

    @Test func rejectedSummaryNamesTheKind() {
        let t0 = Fixture.monday + 9 * 3600 * Timestamp.nanosPerSecond
        let a = Fixture.bar(t0, "1.1", "1.1", "1.1", "1.1")
        let b = Fixture.bar(t0, "1.2", "1.2", "1.2", "1.2")
        let report = Fixture.validator().validate(.bars(BarColumns([a, b]))).report
        #expect(report.summary.hasSuffix("REJECTED (conflictingDuplicate)"))
    }

    @Test func policyDecodesMissingKeysAsDefaults() throws {
        let json = #"{"actions": {"spike": "drop"}, "staleRunLength": 20}"#
        let policy = try JSONDecoder().decode(ValidationPolicy.self, from: Data(json.utf8))
        #expect(policy[.spike] == .drop && policy[.duplicate] == .drop && policy[.conflictingDuplicate] == .reject)
        #expect(policy.staleRunLength == 20 && policy.spikeThreshold == 10)
        let empty = try JSONDecoder().decode(ValidationPolicy.self, from: Data("{}".utf8))
        #expect(empty == ValidationPolicy())
        let again = try JSONDecoder().decode(ValidationPolicy.self, from: JSONEncoder().encode(policy))
        #expect(again == policy)
    }

    @Test func policyRejectsUnknownKinds() {
        let json = #"{"actions": {"spkie": "drop"}}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ValidationPolicy.self, from: Data(json.utf8)) }
    }
}
