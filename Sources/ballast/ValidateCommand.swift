import ArgumentParser
import BallastData

/// `ballast data validate FILE...`: the import without the store.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Read and validate files, print the report, store nothing.",
        discussion: ExitStatus.documentation)

    @OptionGroup var options: ImportOptions
    @OptionGroup var home: HomeOption

    func run() throws {
        let catalog = try CatalogLoader.load(home: home.path)
        let settings = try options.settings(catalog: catalog, home: home.path, dryRun: true)
        let outcomes = ImportRunner.run(Importer(store: nil, catalog: catalog), files: options.files, settings: settings)
        try ImportPrinter.finish(outcomes, json: options.json)
    }
}
