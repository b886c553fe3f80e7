import Testing

/// Every command answers `--help` with its usage and exit status 0.
@Suite struct HelpCLITests {
    static let commands: [[String]] = [
        [], ["demo"], ["data"], ["data", "import"], ["data", "validate"], ["data", "ls"], ["data", "show"],
        ["data", "resample"], ["data", "export"], ["data", "verify"],
    ]

    @Test(arguments: commands)
    func helpExitsZero(_ command: [String]) throws {
        let result = try CLI.run(command + ["--help"])
        #expect(result.status == 0, "\(result)")
        #expect(result.out.contains("USAGE: ballast"), "\(result)")
        #expect(result.err.isEmpty)
    }

    @Test func unknownSubcommandIsAUsageError() throws {
        let result = try CLI.run(["data", "frobnicate"])
        #expect(result.status == 64, "\(result)")
        #expect(!result.err.isEmpty)
    }
}
