

/// One partition file mapped into memory; the map lives as long as any view holds this object.
final class MappedPartition: @unchecked Sendable {
    let mapped: MappedFile
    let file: ColumnFile

    /// Maps `path` and checks its header (not its payload).
    init(path: String, kind: SeriesKind) throws(StoreError) {
        do {
            mapped = try MappedFile(path: path, name: path)
        } catch {
            throw StoreError(.io, path: path, error.message)
        }
        file = try ColumnFile(bytes: mapped.bytes, path: path, kind: kind)
    }

    /// Checks the payload (a method, so the map stays alive while `file` is read).
    func verify() throws(StoreError) { try file.verify() }
}
