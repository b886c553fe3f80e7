import CZlib

/// Inflates gzip data (including concatenated members) into one buffer with zlib.
enum Gzip {
    static func inflate(_ input: UnsafeRawBufferPointer, name: String) throws(DataReadError) -> UnsafeMutableRawBufferPointer {
        var capacity = max(input.count * 4, 1 << 16)
        var output = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 16)
        var produced = 0
        var consumed = 0
        while consumed < input.count {
            var stream = z_stream()
            guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
                output.deallocate()
                throw DataReadError(.unreadable, file: name, "zlib could not start")
            }
            defer { inflateEnd(&stream) }
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress!.assumingMemoryBound(to: Bytef.self) + consumed)
            stream.avail_in = uInt(input.count - consumed)
            var status: Int32 = Z_OK
            repeat {
                if produced == capacity {
                    capacity *= 2
                    let bigger = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 16)
                    bigger.copyMemory(from: UnsafeRawBufferPointer(rebasing: output[0..<produced]))
                    output.deallocate()
                    output = bigger
                }
                stream.next_out = output.baseAddress!.assumingMemoryBound(to: Bytef.self) + produced
                stream.avail_out = uInt(min(capacity - produced, Int(UInt32.max)))
                let before = stream.avail_out
                status = CZlib.inflate(&stream, Z_NO_FLUSH)
                produced += Int(before - stream.avail_out)
            } while status == Z_OK
            guard status == Z_STREAM_END else {
                output.deallocate()
                let reason = status == Z_BUF_ERROR ? "the compressed data ends early (truncated .gz)" : "corrupt gzip data (zlib status \(status))"
                throw DataReadError(.truncated, file: name, reason)
            }
            consumed = input.count - Int(stream.avail_in)
            // Trailing zero padding after the last member is allowed.
            if input[consumed...].allSatisfy({ $0 == 0 }) { break }
        }
        return UnsafeMutableRawBufferPointer(rebasing: output[0..<produced])
    }
}
