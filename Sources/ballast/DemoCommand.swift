import ArgumentParser

/// `ballast demo`: the main job on embedded defaults.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Import a generated synthetic sample into a demo store and print its validation report.")

    @OptionGroup var home: HomeOption

    func run() throws {}
}
