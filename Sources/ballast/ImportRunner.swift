import BallastData
import Foundation

/// Runs an importer over many files with a progress bar (on a terminal only).
enum ImportRunner {
    static func run(_ importer: Importer, files: [String], settings: ImportSettings) -> [FileImport] {
        let sizes = files.map { (try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int) ?? 0 }
        let progress = ProgressBar(label: "importing", total: sizes.reduce(0, +))
        var done = 0
        var outcomes: [FileImport] = []
        for (file, size) in zip(files, sizes) {
            var settings = settings
            let base = done
            settings.progress = { parsed in progress.update(base + min(parsed, size)) }
            outcomes.append(importer.importFile(file, settings: settings))
            done += size
            progress.update(done)
        }
        progress.finish()
        return outcomes
    }
}
