/// Turns UTF-16LE text (as some MT5 builds export) into UTF-8 before parsing.
enum UTF16Transcoder {
    /// The UTF-8 bytes when `input` is UTF-16LE (a `FF FE` byte-order mark, or ASCII text whose
    /// every second byte is zero); nil when it is not.
    static func transcodeIfUTF16(_ input: UnsafeRawBufferPointer) -> (buffer: UnsafeMutableRawBufferPointer, count: Int)? {
        let hasBOM = input.count >= 2 && input[0] == 0xFF && input[1] == 0xFE
        let looksUTF16 = input.count >= 8 && input[1] == 0 && input[3] == 0 && input[5] == 0 && input[0] != 0 && input[2] != 0
        guard hasBOM || looksUTF16 else { return nil }
        let start = hasBOM ? 2 : 0
        let units = (input.count - start) / 2
        let output = UnsafeMutableRawBufferPointer.allocate(byteCount: max(units * 3, 1), alignment: 16)
        var written = 0
        var index = start
        var pendingHigh: UInt32 = 0
        while index + 1 < input.count {
            let unit = UInt32(input[index]) | UInt32(input[index + 1]) << 8
            index += 2
            var scalar = unit
            if unit >= 0xD800 && unit < 0xDC00 { pendingHigh = unit; continue }
            if unit >= 0xDC00 && unit < 0xE000 {
                scalar = pendingHigh == 0 ? 0xFFFD : 0x10000 + ((pendingHigh - 0xD800) << 10) + (unit - 0xDC00)
                pendingHigh = 0
            }
            for byte in UTF8.encode(Unicode.Scalar(scalar) ?? "\u{FFFD}")! {
                output[written] = byte
                written += 1
            }
        }
        return (output, written)
    }
}
