/// One file format's parser. Readers are stateless values; `read` makes one pass over the bytes.
public protocol FormatReader: Sendable {
    var format: DataFormat { get }
    /// Parses every row or throws a `DataReadError` naming the line and column; never returns partial data.
    func read(_ source: ByteSource, options: ReadOptions) throws(DataReadError) -> ReadResult
}
