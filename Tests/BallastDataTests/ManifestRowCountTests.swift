import BallastTestSupport
import BallastCore
import Foundation
import Testing
@testable import BallastData

/// Every real sample in the shared data's manifest: detected without `--format`, read, and
/// the row count checked against the manifest's `data_rows`.
@Suite struct ManifestRowCountTests {
    struct Entry: CustomTestStringConvertible, Sendable {
        var file: String
        var dataRows: Int
        var testDescription: String { file }
    }

    static let entries = Manifest.entries.map { Entry(file: $0.file, dataRows: $0.dataRows) }

    @Test func manifestHasEveryFile() {
        #expect(Self.entries.count == 49)
    }

    @Test(arguments: entries)
    func detectsAndReadsEveryRow(_ entry: Entry) throws {
        let source = try ByteSource(path: TestData.path(entry.file))
        let detection = FormatDetector.detect(source)
        #expect(detection.confidence != .unsure, "\(detection)")
        let zone: TimeZoneRule? = entry.file.hasPrefix("mt5/") ? .utc : nil
        let result = try ReaderRegistry.read(source, options: ReadOptions(zone: zone))
        #expect(result.rowsRead == entry.dataRows)
        #expect(result.payload.count <= result.rowsRead)
        #expect(result.format == detection.format)
    }

    /// The format each folder's files must be detected as.
    @Test(arguments: entries)
    func detectsTheVendorFormat(_ entry: Entry) throws {
        let expected: [String: DataFormat] = [
            "mt5": .mt5Bars, "ninjatrader": .ninjatrader, "dukascopy": .dukascopy, "binance": .binance,
            "yahoo": .yahoo, "stooq": .stooq, "fred": .fred, "other": .generic,
        ]
        let folder = String(entry.file.split(separator: "/")[0])
        let source = try ByteSource(path: TestData.path(entry.file))
        let format = FormatDetector.detect(source).format
        if folder == "histdata" {
            #expect(format == (entry.file.contains("_T_") ? .histdataTicks : .histdataM1))
        } else {
            #expect(format == expected[folder])
        }
    }
}
