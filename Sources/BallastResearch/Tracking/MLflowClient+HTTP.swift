import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

extension MLflowClient {
    /// POSTs `body` as JSON (GETs when nil) to `/api/2.0/<endpoint>` and returns the JSON reply.
    func call(_ endpoint: String, _ body: [String: Any]?) async throws(MLflowError) -> [String: Any] {
        guard let reply = try await call(endpoint, body, missingIsNil: false) else { throw .server(endpoint, 404, "") }
        return reply
    }

    /// As `call`, but with `missingIsNil` a 404 (`RESOURCE_DOES_NOT_EXIST`) is nil instead of an error.
    func call(_ endpoint: String, _ body: [String: Any]?, missingIsNil: Bool) async throws(MLflowError) -> [String: Any]? {
        guard let url = URL(string: baseURL.absoluteString.trimmingSuffix("/") + "/api/2.0/" + endpoint) else {
            throw .badURI(endpoint)
        }
        var request = URLRequest(url: url, timeoutInterval: 30)
        if let body {
            request.httpMethod = "POST"
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            do { request.httpBody = try JSONSerialization.data(withJSONObject: body) } catch {
                throw .unexpectedReply(endpoint, "cannot encode the request: \(error)")
            }
        }
        let (data, status) = try await send(request, endpoint)
        if missingIsNil, status == 404 { return nil }
        guard (200..<300).contains(status) else { throw .server(endpoint, status, String(decoding: data.prefix(500), as: UTF8.self)) }
        guard let json = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw .unexpectedReply(endpoint, String(decoding: data.prefix(200), as: UTF8.self))
        }
        return json
    }

    /// Uploads the file at `path` into the run's artifact root (`mlflow-artifacts:/…`).
    func upload(_ path: String, artifactURI: String) async throws(MLflowError) {
        let prefix = "mlflow-artifacts:"
        guard artifactURI.hasPrefix(prefix) else { throw .artifactsNotProxied(artifactURI) }
        let root = artifactURI.dropFirst(prefix.count).drop { $0 == "/" }
        let name = URL(fileURLWithPath: path).lastPathComponent
        let endpoint = "mlflow-artifacts/artifacts/\(root)/\(name)"
        guard let url = URL(string: baseURL.absoluteString.trimmingSuffix("/") + "/api/2.0/" + endpoint),
              let bytes = FileManager.default.contents(atPath: path) else { throw .artifact(path) }
        var request = URLRequest(url: url, timeoutInterval: 120)
        request.httpMethod = "PUT"
        request.httpBody = bytes
        let (data, status) = try await send(request, endpoint)
        guard (200..<300).contains(status) else { throw .server(endpoint, status, String(decoding: data.prefix(500), as: UTF8.self)) }
    }

    private func send(_ request: URLRequest, _ endpoint: String) async throws(MLflowError) -> (Data, Int) {
        do {
            let (data, response) = try await URLSession.shared.data(for: request)
            return (data, (response as? HTTPURLResponse)?.statusCode ?? 0)
        } catch {
            throw .unreachable(baseURL.absoluteString, "\(error.localizedDescription)")
        }
    }
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}
