import BallastTestSupport
import BallastCore
import Foundation
import Testing
@testable import BallastData

/// Random byte mutations of every real sample's first lines, fed to detection and the reader:
/// each case must succeed or throw `DataReadError`, never crash or hang.
@Suite struct ReaderFuzzTests {
    /// The first ~200 lines of each sample, decompressed.
    static func heads() throws -> [(String, [UInt8])] {
        try ManifestRowCountTests.entries.map { entry in
            let source = try ByteSource(path: TestData.path(entry.file))
            var lines = 0
            var count = 0
            for byte in source.bytes {
                count += 1
                if byte == 10 { lines += 1; if lines == 200 { break } }
            }
            return (entry.file, Array(source.bytes.prefix(count)))
        }
    }

    /// One mutation: overwrite, insert or delete a few bytes, biased towards characters that
    /// matter to the parsers.
    static func mutate(_ input: [UInt8], _ random: inout SplitMix64) -> [UInt8] {
        var bytes = input
        let interesting: [UInt8] = Array(",;\t\n\r.:-+eE0123456789 \"/TZ".utf8) + [0, 0xFF, 0x7F]
        for _ in 0..<Int.random(in: 1...4, using: &random) where !bytes.isEmpty {
            let at = Int.random(in: 0..<bytes.count, using: &random)
            let byte = Bool.random(using: &random) ? interesting.randomElement(using: &random)! : UInt8.random(in: 0...255, using: &random)
            switch Int.random(in: 0..<4, using: &random) {
            case 0: bytes[at] = byte
            case 1: bytes.insert(byte, at: at)
            case 2: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...8, using: &random)))
            default: bytes.removeSubrange(at...)  // truncation anywhere
            }
        }
        return bytes
    }

    @Test func mutatedSamplesNeverCrash() throws {
        var random = SplitMix64(seed: 0xBA11A57)
        var outcomes: [DataReadError.Code: Int] = [:]
        var successes = 0
        for (file, head) in try Self.heads() {
            for _ in 0..<60 {
                let bytes = Self.mutate(head, &random)
                let source = try ByteSource(name: file, data: bytes)
                let zone: TimeZoneRule? = Bool.random(using: &random) ? .utc : nil
                do {
                    let result = try ReaderRegistry.read(source, options: ReadOptions(zone: zone), acceptUnsure: true)
                    #expect(result.payload.count <= result.rowsRead)
                    successes += 1
                } catch {
                    outcomes[error.code, default: 0] += 1  // typed throws: only DataReadError reaches here
                }
            }
        }
        #expect(successes > 0)
        #expect(outcomes[.malformed, default: 0] > 0)
    }
}
