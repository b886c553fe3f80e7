import BallastResearch
import Testing

/// MLflow failures that need no server: a bad URI, nothing listening.
@Suite struct MLflowClientErrorTests {
    @Test func aBadURIOrAnUnreachableServerIsAClearError() async throws {
        #expect(throws: MLflowError.badURI("ftp://x")) { try MLflowClient(trackingURI: "ftp://x") }
        let client = try MLflowClient(trackingURI: "http://127.0.0.1:9")
        let error = await #expect(throws: MLflowError.self) { try await client.log(RunStoreTests.run()) }
        #expect(error?.description.contains("unreachable") == true, "\(String(describing: error))")
    }
}
