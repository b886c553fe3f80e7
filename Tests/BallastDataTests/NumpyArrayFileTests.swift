import BallastData
import Foundation
import Testing

/// `.npy` files written by the test itself, byte for byte as `numpy.save` lays them out.
@Suite struct NumpyArrayFileTests {
    /// The bytes of a `.npy` file: magic, version, header length, the padded header dict, data.
    static func npy(descr: String = "<f4", fortran: Bool = false, shape: String = "(2, 3)",
                    major: UInt8 = 1, data: [UInt8]) -> [UInt8] {
        let dict = "{'descr': '\(descr)', 'fortran_order': \(fortran ? "True" : "False"), 'shape': \(shape), }"
        let lengthBytes = major == 1 ? 2 : 4
        let preamble = 8 + lengthBytes
        let total = (preamble + dict.utf8.count + 1 + 63) / 64 * 64
        let header = Array(dict.utf8) + [UInt8](repeating: 0x20, count: total - preamble - dict.utf8.count - 1) + [0x0A]
        var bytes: [UInt8] = [0x93] + Array("NUMPY".utf8) + [major, 0]
        for index in 0..<lengthBytes { bytes.append(UInt8(truncatingIfNeeded: header.count >> (8 * index))) }
        return bytes + header + data
    }

    static func littleEndian(_ values: [Float]) -> [UInt8] { values.flatMap { withUnsafeBytes(of: $0.bitPattern.littleEndian, Array.init) } }
    static func littleEndian(_ values: [Double]) -> [UInt8] { values.flatMap { withUnsafeBytes(of: $0.bitPattern.littleEndian, Array.init) } }

    func withFile<T>(_ bytes: [UInt8], _ body: (String) throws -> T) throws -> T {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("npy-\(UUID().uuidString).npy").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try body(path)
    }

    func reason(_ bytes: [UInt8]) throws -> NumpyFormatError.Reason? {
        try withFile(bytes) { path -> NumpyFormatError.Reason? in
            do throws(NumpyFormatError) { _ = try NumpyArrayFile(path: path); return nil } catch { return error.reason }
        }
    }

    @Test(arguments: [UInt8(1), 2, 3])
    func readsFloat32InEveryVersion(major: UInt8) throws {
        let values: [Float] = [1, -2.5, .nan, 4, 5e-8, 6]
        try withFile(Self.npy(major: major, data: Self.littleEndian(values))) { path in
            let file = try NumpyArrayFile(path: path)
            #expect(file.rowCount == 2 && file.columnCount == 3 && file.elementType == .float32)
            let read = file.floatValues()
            #expect(read.map(\.bitPattern) == values.map(\.bitPattern))
        }
    }

    @Test func readsFloat64AsFloat() throws {
        let values: [Double] = [0.1, 2, -3, 4, 5, 1e300]
        try withFile(Self.npy(descr: "<f8", shape: "(3, 2)", data: Self.littleEndian(values))) { path in
            let file = try NumpyArrayFile(path: path)
            #expect(file.rowCount == 3 && file.columnCount == 2 && file.elementType == .float64)
            #expect(file.floatValues() == values.map { Float($0) })
        }
    }

    @Test func readsFortranOrderRowMajor() throws {
        // Column-major bytes of [[1, 2, 3], [4, 5, 6]].
        try withFile(Self.npy(fortran: true, data: Self.littleEndian([Float]([1, 4, 2, 5, 3, 6])))) { path in
            let file = try NumpyArrayFile(path: path)
            #expect(file.isFortranOrder && file.floatValues() == [1, 2, 3, 4, 5, 6])
        }
        try withFile(Self.npy(descr: "<f8", fortran: true, shape: "(3, 2)", data: Self.littleEndian([Double]([1, 2, 3, 4, 5, 6])))) { path in
            let file = try NumpyArrayFile(path: path)
            #expect(file.floatValues() == [1, 4, 2, 5, 3, 6])
        }
    }

    @Test func readsAnEmptyArray() throws {
        try withFile(Self.npy(shape: "(0, 5)", data: [])) { path in
            let file = try NumpyArrayFile(path: path)
            #expect(file.rowCount == 0 && file.columnCount == 5 && file.floatValues().isEmpty)
        }
    }

    @Test func refusesWhatItCannotRead() throws {
        let six = Self.littleEndian([Float](repeating: 1, count: 6))
        #expect(try reason(Self.npy(descr: ">f4", data: six)) == .unsupportedDType(">f4"))
        #expect(try reason(Self.npy(descr: "<i8", data: six + six)) == .unsupportedDType("<i8"))
        #expect(try reason(Self.npy(shape: "(6,)", data: six)) == .unsupportedShape([6]))
        #expect(try reason(Self.npy(shape: "(1, 2, 3)", data: six)) == .unsupportedShape([1, 2, 3]))
        #expect(try reason(Self.npy(data: Array(six.dropLast(3)))) == .truncated(expectedBytes: 24, actualBytes: 21))
        #expect(try reason(Self.npy(data: six + [0])) == .trailingBytes(1))
        #expect(try reason(Self.npy(major: 4, data: six)) == .unsupportedVersion(major: 4, minor: 0))
        #expect(try reason(Array("a,b,c\n1,2,3\n".utf8)) == .badMagic)
    }

    @Test func refusesBrokenHeaders() throws {
        let six = Self.littleEndian([Float](repeating: 1, count: 6))
        var cut = Self.npy(data: six)
        cut[8] = 0xFF; cut[9] = 0x7F  // header length past the end of the file
        if case .badHeader = try reason(cut) {} else { Issue.record("length past the end was accepted") }
        if case .badHeader = try reason(Self.npy(shape: "(2, x)", data: six)) {} else { Issue.record("bad shape accepted") }
        if case .badHeader = try reason(Array(Self.npy(data: six).prefix(9))) {} else { Issue.record("cut preamble accepted") }
        let missing = try withFile(Self.npy(data: six).map { $0 == UInt8(ascii: "h") ? UInt8(ascii: "H") : $0 }) { path -> String in
            do throws(NumpyFormatError) { _ = try NumpyArrayFile(path: path); return "" } catch { return error.description }
        }
        #expect(missing.contains("bad .npy header") && missing.contains("npy-"))
        #expect(try reason([]) == .badMagic)
        let absent = "/nonexistent/\(UUID().uuidString).npy"
        do throws(NumpyFormatError) { _ = try NumpyArrayFile(path: absent); Issue.record("opened a missing file") } catch {
            if case .unreadable = error.reason {} else { Issue.record("\(error)") }
            #expect(error.file == absent)
        }
    }
}
