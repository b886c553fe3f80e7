import Foundation

/// The shared data's `manifest.json`: every real file and its data-row count.
enum Manifest {
    struct Entry: Sendable {
        var file: String
        var dataRows: Int
        /// The top folder, which names the vendor (`mt5`, `yahoo`...).
        var folder: String { String(file.split(separator: "/")[0]) }
    }

    static let entries: [Entry] = {
        guard let data = FileManager.default.contents(atPath: TestData.path("manifest.json")),
              let list = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] else { return [] }
        return list.compactMap { item in
            guard let file = item["file"] as? String, let rows = item["data_rows"] as? Int else { return nil }
            return Entry(file: file, dataRows: rows)
        }
    }()

    /// The vendor folders in manifest order.
    static var folders: [String] {
        var seen: [String] = []
        for entry in entries where !seen.contains(entry.folder) { seen.append(entry.folder) }
        return seen
    }

    /// The command-line options a file needs beyond detection: MT5 exports do not state their
    /// zone, and the Yahoo gold file lost the `=` of `GC=F` from its name.
    static func extraOptions(for file: String) -> [String] {
        if file.hasPrefix("mt5/") { return ["--tz", "UTC"] }
        if file.hasPrefix("yahoo/GC_F_") { return ["--symbol", "GC"] }
        return []
    }
}
