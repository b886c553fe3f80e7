import ArgumentParser
import BallastData

/// `ballast data import FILE...`: read, validate and store.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import files into the store: detect the format, validate, merge by timestamp.",
        discussion: "Nothing is stored from a file that fails to read or that validation rejects. " + ExitStatus.documentation)

    @OptionGroup var options: ImportOptions
    @OptionGroup var home: HomeOption

    @Flag(name: .customLong("dry-run"), help: "Validate only; store nothing.")
    var dryRun = false

    func run() throws {
        let catalog = try CatalogLoader.load(home: home.path)
        let settings = try options.settings(catalog: catalog, home: home.path, dryRun: dryRun)
        let importer = Importer(store: BarStore(home: home.path), catalog: catalog)
        let outcomes = ImportRunner.run(importer, files: options.files, settings: settings)
        try ImportPrinter.finish(outcomes, json: options.json)
    }
}
