import Synchronization

/// Statement texts whose shape varies (how many rows, which statuses), built on first use and
/// kept, so a hot write does not rebuild its text on every call.
final class SQLTextCache<Key: Hashable & Sendable>: Sendable {
    private let texts = Mutex<[Key: String]>([:])

    /// The text for `key`, built by `build` the first time.
    func text(for key: Key, build: () -> String) -> String {
        if let text = texts.withLock({ $0[key] }) { return text }
        let text = build()
        texts.withLock { $0[key] = text }
        return text
    }
}
