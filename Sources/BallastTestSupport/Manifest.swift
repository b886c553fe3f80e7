import Foundation

/// The shared data's `manifest.json`: every real file and its data-row count.
public enum Manifest {
    /// One file of the manifest and the number of data rows it holds.
    public struct Entry: Sendable {
        public var file: String
        public var dataRows: Int
        /// The top folder, which names the vendor (`mt5`, `yahoo`...).
        public var folder: String { String(file.split(separator: "/")[0]) }
    }

    public static let entries: [Entry] = {
        guard let data = FileManager.default.contents(atPath: TestData.path("manifest.json")),
              let list = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] else { return [] }
        return list.compactMap { item in
            guard let file = item["file"] as? String, let rows = item["data_rows"] as? Int else { return nil }
            return Entry(file: file, dataRows: rows)
        }
    }()

    /// The vendor folders in manifest order.
    public static var folders: [String] {
        var seen: [String] = []
        for entry in entries where !seen.contains(entry.folder) { seen.append(entry.folder) }
        return seen
    }
}
