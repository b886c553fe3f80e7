import BallastData
import Foundation

/// Loads the instrument catalog: the shipped one, then `<home>/instruments.yaml` when present.
enum CatalogLoader {
    static func load(home: String) throws -> InstrumentCatalog {
        do {
            var catalog = try InstrumentCatalog.shipped()
            let user = home + "/instruments.yaml"
            if FileManager.default.fileExists(atPath: user) {
                catalog = try catalog.merging(contentsOf: user)
            }
            return catalog
        } catch {
            throw CLIError(.configError, error.description)
        }
    }
}
