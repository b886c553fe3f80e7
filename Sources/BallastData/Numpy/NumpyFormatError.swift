/// A `.npy` file that Ballast cannot read, with the file's name and what is wrong with it.
public struct NumpyFormatError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong, as a closed set so callers and tests can match on it.
    public enum Reason: Equatable, Sendable {
        /// The file could not be opened or mapped (the system's message).
        case unreadable(String)
        /// The file does not start with `\x93NUMPY`.
        case badMagic
        /// A format version other than 1.0, 2.0 or 3.0.
        case unsupportedVersion(major: UInt8, minor: UInt8)
        /// The header dictionary is missing, cut short or not the literal NumPy writes.
        case badHeader(String)
        /// A dtype other than little-endian `float32` (`<f4`) or `float64` (`<f8`).
        case unsupportedDType(String)
        /// The array is not two-dimensional.
        case unsupportedShape([Int])
        /// The data section is shorter than the shape says.
        case truncated(expectedBytes: Int, actualBytes: Int)
        /// Bytes follow the data the shape describes.
        case trailingBytes(Int)
    }

    public var file: String
    public var reason: Reason

    public init(file: String, _ reason: Reason) {
        self.file = file
        self.reason = reason
    }

    public var description: String {
        let detail: String
        switch reason {
        case .unreadable(let message): detail = message
        case .badMagic: detail = "not a NumPy .npy file (no \\x93NUMPY magic)"
        case .unsupportedVersion(let major, let minor): detail = "unsupported .npy format version \(major).\(minor)"
        case .badHeader(let message): detail = "bad .npy header: \(message)"
        case .unsupportedDType(let descr):
            detail = "unsupported dtype '\(descr)': only little-endian float32 ('<f4') and float64 ('<f8') are read"
        case .unsupportedShape(let shape): detail = "shape \(shape) is not two-dimensional"
        case .truncated(let expected, let actual): detail = "truncated: data needs \(expected) bytes, file has \(actual)"
        case .trailingBytes(let count): detail = "\(count) bytes after the array data"
        }
        return "\(file): \(detail)"
    }
}
