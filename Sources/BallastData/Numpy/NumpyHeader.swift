/// The parsed preamble of a `.npy` file: element type, shape and where the data starts.
struct NumpyHeader: Equatable {
    var elementType: NumpyArrayFile.ElementType
    var rowCount: Int
    var columnCount: Int
    var isFortranOrder: Bool
    var dataOffset: Int

    private static let magic: [UInt8] = [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59]  // \x93NUMPY

    init(parsing bytes: UnsafeRawBufferPointer, file: String) throws(NumpyFormatError) {
        guard bytes.count >= 10, (0..<6).allSatisfy({ bytes[$0] == Self.magic[$0] }) else {
            throw NumpyFormatError(file: file, !bytes.isEmpty && bytes.count < 10 && bytes.starts(with: Self.magic.prefix(bytes.count))
                                   ? .badHeader("file ends inside the preamble") : .badMagic)
        }
        let major = bytes[6], minor = bytes[7]
        guard (1...3).contains(major), minor == 0 else {
            throw NumpyFormatError(file: file, .unsupportedVersion(major: major, minor: minor))
        }
        let lengthBytes = major == 1 ? 2 : 4
        guard bytes.count >= 8 + lengthBytes else { throw NumpyFormatError(file: file, .badHeader("file ends inside the preamble")) }
        var length = 0
        for index in 0..<lengthBytes { length |= Int(bytes[8 + index]) << (8 * index) }
        let start = 8 + lengthBytes
        guard bytes.count >= start + length else {
            throw NumpyFormatError(file: file, .badHeader("header of \(length) bytes runs past the end of the file"))
        }
        var dictionary = NumpyHeaderDictionary(bytes: UnsafeRawBufferPointer(rebasing: bytes[start..<(start + length)]))
        let fields: NumpyHeaderDictionary.Fields
        do { fields = try dictionary.parse() } catch { throw NumpyFormatError(file: file, .badHeader(error.message)) }
        guard let type = NumpyArrayFile.ElementType(rawValue: fields.descr) else {
            throw NumpyFormatError(file: file, .unsupportedDType(fields.descr))
        }
        guard fields.shape.count == 2 else { throw NumpyFormatError(file: file, .unsupportedShape(fields.shape)) }
        let (rowBytes, rowOverflow) = fields.shape[1].multipliedReportingOverflow(by: type.byteCount)
        let (_, overflow) = fields.shape[0].multipliedReportingOverflow(by: rowBytes)
        guard !rowOverflow, !overflow else { throw NumpyFormatError(file: file, .badHeader("shape \(fields.shape) is too large")) }
        elementType = type
        rowCount = fields.shape[0]
        columnCount = fields.shape[1]
        isFortranOrder = fields.fortranOrder
        dataOffset = start + length
    }
}
