import BallastCore
import Foundation
import Testing
@testable import BallastData

/// Files with a 2 GB line: the importer must fail fast with a clear error, store nothing, and
/// never page in the whole file.
@Suite struct HugeLineTests {
    let header = "<DATE>\t<TIME>\t<OPEN>\t<HIGH>\t<LOW>\t<CLOSE>\t<TICKVOL>\t<VOL>\t<SPREAD>\n2024.01.02\t00:00:00\t1"

    /// A 2 GB file that is a valid header and the start of a row, then zero bytes (a sparse file:
    /// nothing is written to disk).
    private func sparseFile() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ballast-huge-\(UInt64.random(in: 0...UInt64.max)).csv").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(header.utf8)))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 2 << 30)
        try handle.close()
        return path
    }

    @Test func twoGigabyteLineFailsFastAndStoresNothing() throws {
        let path = try sparseFile()
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("ballast-huge-home-\(UInt64.random(in: 0...UInt64.max))").path
        defer { try? FileManager.default.removeItem(atPath: path); try? FileManager.default.removeItem(atPath: home) }
        let catalog = try InstrumentCatalog.shipped()
        let store = BarStore(home: home)
        for format in [nil, DataFormat.mt5Bars] {
            let outcome = Importer(store: store, catalog: catalog)
                .importFile(path, settings: ImportSettings(format: format, symbol: "EURUSD", zone: .utc))
            #expect(outcome.status == .failed)
            #expect(outcome.error?.message.contains(path) == true)
        }
        #expect(try store.list().isEmpty)
    }

    @Test func longTextLineNamesTheLimit() throws {
        let text = header + ".5" + String(repeating: "5", count: 3 << 20) + "\n"
        let source = try ByteSource(name: "long.csv", data: Array(text.utf8))
        #expect(throws: DataReadError.self) { try ReaderRegistry.read(source, format: .generic) }
        #expect(throws: DataReadError.self) { try ReaderRegistry.read(source, format: .mt5Bars, options: ReadOptions(zone: .utc)) }
    }
}
