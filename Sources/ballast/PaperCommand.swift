import ArgumentParser

/// `ballast paper`: the strategy's engine (the one a backtest runs) trading a paper venue
/// through the order router, with stored bars replayed as quotes and every order, fill and
/// position written to the SQLite ledger.
struct PaperCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paper",
        abstract: "Paper-trade a built-in strategy: stored bars replayed as quotes through the paper venue, the router and the ledger.",
        discussion: """
            Market orders fill at the next bar's open with the configured spread half each side, as in a backtest. \
            The venue is journaled in <home>/paper/venue.journal, the ledger is <home>/ledger.sqlite. Risk limits come \
            from the `risk:` section of the configuration. Running the same range again sends nothing: the intents repeat. \
            \(RunOptions.strategyHelp)
            """)

    @OptionGroup var options: RunOptions
    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var home: HomeOption

    func run() async throws {
        let setup = try PaperSetup(options, home: home)
        let outcome = try await setup.execute()
        print(json ? try JSONOutput.encode(PaperOutput.summary(outcome)) : PaperOutput.text(outcome))
    }
}
