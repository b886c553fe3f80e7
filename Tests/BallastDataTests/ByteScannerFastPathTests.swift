import BallastCore
import Testing
@testable import BallastData

/// The fast paths must agree with the general parsers on everything they accept, and decline
/// (return nil, leaving the cursor) on everything else.
@Suite struct ByteScannerFastPathTests {
    private func scanner(_ text: String) throws -> (ByteSource, ByteScanner) {
        let source = try ByteSource(name: "t", data: Array(text.utf8))
        return (source, ByteScanner(source))
    }

    @Test func pricesAgreeWithTheGeneralParser() throws {
        var rng = SplitMix64(seed: 7)
        for _ in 0..<5_000 {
            let integer = String(rng.next() % 1_000_000_000)
            let decimals = Int(rng.next() % 11)
            let fraction = String((0..<decimals).map { _ in Character(String(rng.next() % 10)) })
            let text = decimals == 0 && rng.next() % 2 == 0 ? integer : integer + "." + fraction
            let (source, start) = try scanner(text + "\t")
            var fast = start
            var general = ByteScanner(source)
            let expected = try general.price("p")
            if let quick = fast.quickPrice() {
                #expect(quick == expected, "\(text)")
                #expect(fast.position == general.position)
            } else {
                #expect(decimals > 9, "fast path declined \(text)")
                #expect(fast.position == 0)
            }
            withExtendedLifetime(source) {}
        }
    }

    @Test func pricesDeclineUnusualShapes() throws {
        for text in ["-1.5", "+1", ".", "", "1234567890.5", "1.0000000001", "x"] {
            var (source, s) = try scanner(text + "\t")
            #expect(s.quickPrice() == nil, "\(text)")
            #expect(s.position == 0)
            withExtendedLifetime(source) {}
        }
    }

    @Test func timesOfDay() throws {
        var (source, good) = try scanner("23:59:58\t")
        #expect(good.quickTimeOfDay() == 86_398 && good.position == 8)
        withExtendedLifetime(source) {}
        for text in ["24:00:00", "12:60:00", "12:00:60", "12-00-00", "1:00:000", "12:00", "ab:cd:ef", "12:0/:00"] {
            var (source, s) = try scanner(text + "\t")
            #expect(s.quickTimeOfDay() == nil, "\(text)")
            #expect(s.position == 0)
            withExtendedLifetime(source) {}
        }
    }
}
