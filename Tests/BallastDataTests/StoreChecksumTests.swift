import BallastCore
import Foundation
import Testing
@testable import BallastData

@Suite struct StoreChecksumTests {
    @Test func sha256KnownVectorsAndSharedDataManifest() throws {
        func hex(_ text: String) -> String { Array(text.utf8).withUnsafeBytes { SHA256.hex($0) } }
        #expect(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
        // The manifest records the SHA-256 of the uncompressed bytes.
        let source = try ByteSource(path: TestData.path("mt5/XAUUSD_M5_20250102-20251027.csv.gz"))
        #expect(SHA256.hex(source.bytes) == "801ed3c0ad0d5eec04554f88a5ca2279620240a517904f5434c5e7bbb6da2343")
        // Streaming in odd pieces gives the same digest.
        let prefix = UnsafeRawBufferPointer(rebasing: source.bytes[0..<20_000])
        var hasher = SHA256()
        var offset = 0
        while offset < prefix.count {
            let end = min(prefix.count, offset + 100 + offset % 77)
            hasher.update(UnsafeRawBufferPointer(rebasing: prefix[offset..<end]))
            offset = end
        }
        #expect(hasher.finalize().map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined() == SHA256.hex(prefix))
    }

    @Test func xxh64KnownVectors() {
        func hash(_ text: String) -> UInt64 { Array(text.utf8).withUnsafeBytes { Checksum64.hash($0) } }
        #expect(hash("") == 0xEF46_DB37_51D8_E999)
        #expect(hash("a") == 0xD24E_C4F1_A98C_6E5B)
        #expect(hash("abc") == 0x44BC_2CF5_AD77_0999)
        #expect(hash("Nobody inspects the spammish repetition") == 0xFBCE_A83C_8A37_8BF1)
    }
}
