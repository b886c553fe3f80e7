#if _endian(big)
#error("the column store writes raw little-endian arrays and supports little-endian hosts only")
#endif

/// A read-only view of one partition file: a fixed header, then each column as a raw
/// little-endian array starting on an 8-byte boundary.
///
/// Header (192 bytes, little-endian):
/// ```
///   0  magic "BLSTCOLS"           8  format version UInt32   12  kind UInt32 (1 bars, 2 ticks, 3 values)
///  16  row count UInt64           24  column count UInt32    28  header size UInt32
///  32  payload length UInt64      40  payload checksum (XXH64 of the columns' XXH64s, see
///                                     `ColumnFileHeader.payloadChecksum`)
///  48  first time Int64           56  last time Int64
///  64  column offsets, 8 × UInt64 from the start of the file (unused slots 0)
/// 128  header checksum (XXH64 of bytes 0..<128)   136..<192 reserved, zero
/// ```
/// Opening checks the header only (magic, version, kind, header checksum, offsets against the
/// file size), so it costs microseconds whatever the size; `verify()` reads the payload.
struct ColumnFile {
    static let magic: UInt64 = 0x534C_4F43_5453_4C42 // "BLSTCOLS" read as little-endian
    static let version: UInt32 = 1
    static let headerSize = 192

    let bytes: UnsafeRawBufferPointer
    let path: String
    let kind: SeriesKind
    let count: Int
    let firstTime: Int64
    let lastTime: Int64
    let payloadChecksum: UInt64
    private let offsets: [Int]

    init(bytes: UnsafeRawBufferPointer, path: String, kind expected: SeriesKind) throws(StoreError) {
        func fail(_ message: String, _ code: StoreError.Code = .corrupt) -> StoreError { StoreError(code, path: path, message) }
        guard bytes.count >= Self.headerSize else { throw fail("file is \(bytes.count) bytes, shorter than the header") }
        guard Self.load(bytes, 0, UInt64.self) == Self.magic else { throw fail("not a Ballast partition (bad magic)") }
        let version = Self.load(bytes, 8, UInt32.self)
        guard version == Self.version else { throw fail("format version \(version), this build reads \(Self.version)", .incompatible) }
        let header = UnsafeRawBufferPointer(rebasing: bytes[0..<128])
        guard Checksum64.hash(header) == Self.load(bytes, 128, UInt64.self) else { throw fail("header checksum mismatch") }
        guard let kind = SeriesKind(code: Self.load(bytes, 12, UInt32.self)), kind == expected else {
            throw fail("holds kind \(Self.load(bytes, 12, UInt32.self)), expected \(expected.rawValue)", .incompatible)
        }
        let rows = Self.load(bytes, 16, UInt64.self)
        let widths = kind.columnWidths
        guard Int(Self.load(bytes, 24, UInt32.self)) == widths.count, Int(Self.load(bytes, 28, UInt32.self)) == Self.headerSize,
              rows <= UInt64(Int.max / 64) else { throw fail("header fields out of range") }
        let payloadLength = Self.load(bytes, 32, UInt64.self)
        guard payloadLength == UInt64(bytes.count - Self.headerSize) else {
            throw fail("payload is \(bytes.count - Self.headerSize) bytes, header says \(payloadLength) (truncated file?)")
        }
        var offsets: [Int] = []
        for (i, width) in widths.enumerated() {
            let offset = Self.load(bytes, 64 + 8 * i, UInt64.self)
            guard offset % 8 == 0, offset >= UInt64(Self.headerSize), offset <= UInt64(bytes.count),
                  UInt64(bytes.count) - offset >= rows * UInt64(width) else { throw fail("column \(i) lies outside the file") }
            offsets.append(Int(offset))
        }
        self.bytes = bytes
        self.path = path
        self.kind = kind
        self.count = Int(rows)
        self.firstTime = Self.load(bytes, 48, Int64.self)
        self.lastTime = Self.load(bytes, 56, Int64.self)
        self.payloadChecksum = Self.load(bytes, 40, UInt64.self)
        self.offsets = offsets
    }

    /// The raw bytes of column `index`.
    func column(_ index: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: bytes[offsets[index]..<(offsets[index] + count * kind.columnWidths[index])])
    }

    /// Column `index` typed as `T` (the caller picks the type the kind's layout gives it).
    func typed<T>(_ index: Int, as type: T.Type) -> UnsafeBufferPointer<T> {
        let raw = column(index)
        guard let base = raw.baseAddress, count > 0 else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: base.assumingMemoryBound(to: T.self), count: count)
    }

    var time: UnsafeBufferPointer<Int64> { typed(0, as: Int64.self) }

    /// Recomputes the payload checksum and checks that times strictly increase.
    func verify() throws(StoreError) {
        guard ColumnFileHeader.payloadChecksum(kind.columnWidths.indices.map(column)) == payloadChecksum else {
            throw StoreError(.corrupt, path: path, "payload checksum mismatch (the file was damaged after it was written)")
        }
        let times = time
        for i in times.indices.dropFirst() where times[i] <= times[i - 1] {
            throw StoreError(.corrupt, path: path, "row \(i): time does not increase")
        }
        if count > 0, times[0] != firstTime || times[count - 1] != lastTime {
            throw StoreError(.corrupt, path: path, "first/last time in the header disagree with the time column")
        }
    }

    @inline(__always) static func load<T: FixedWidthInteger>(_ bytes: UnsafeRawBufferPointer, _ offset: Int, _: T.Type) -> T {
        T(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: T.self))
    }
}
