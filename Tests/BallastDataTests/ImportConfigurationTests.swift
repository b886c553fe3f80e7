import BallastCore
import Testing
@testable import BallastData

@Suite struct ImportConfigurationTests {
    @Test func readsTheDataSection() throws {
        let yaml = """
            catalog_note: other sections are ignored here
            data:
              broker: generic-ny7-ecn
              on_conflict: replace
              validation:
                actions: {spike: drop, conflictingDuplicate: drop}
                spike_threshold: 12.5
                stale_run_length: 20
            """
        let configuration = try ImportConfiguration(yaml: yaml, file: "ballast.yaml")
        #expect(configuration.broker == "generic-ny7-ecn")
        #expect(configuration.conflicts == .replace)
        #expect(configuration.validation[.spike] == .drop && configuration.validation[.conflictingDuplicate] == .drop)
        #expect(configuration.validation[.duplicate] == .drop && configuration.validation[.outOfOrder] == .repair)
        #expect(configuration.validation.spikeThreshold == 12.5 && configuration.validation.staleRunLength == 20)
    }

    @Test func emptyOrMissingSectionGivesDefaults() throws {
        #expect(try ImportConfiguration(yaml: "", file: "b.yaml") == ImportConfiguration())
        #expect(try ImportConfiguration(yaml: "other: 1", file: "b.yaml") == ImportConfiguration())
    }

    @Test(arguments: [
        ("data:\n  colour: red", "data.colour"),
        ("data:\n  on_conflict: sometimes", "data.on_conflict"),
        ("data:\n  validation:\n    actions: {spikes: drop}", "spikes"),
        ("data:\n  validation:\n    actions: {spike: delete}", "data.validation.actions.spike"),
        ("data:\n  validation:\n    spike_threshold: high", "data.validation.spike_threshold"),
    ])
    func errorsNameTheFileAndKey(yaml: String, needle: String) {
        #expect {
            try ImportConfiguration(yaml: yaml, file: "ballast.yaml")
        } throws: { error in
            let text = (error as? ConfigFileError)?.description ?? ""
            return text.hasPrefix("ballast.yaml:") && text.contains(needle)
        }
    }
}
