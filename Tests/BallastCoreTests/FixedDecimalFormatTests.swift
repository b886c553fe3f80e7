import BallastCore
import Testing

@Suite struct FixedDecimalFormatTests {
    @Test func handPickedValues() {
        #expect(FixedDecimal.format(1_100_050_000, decimals: 9, shown: nil) == "1.10005")
        #expect(FixedDecimal.format(-500_000_000, decimals: 9, shown: nil) == "-0.5")
        #expect(FixedDecimal.format(0, decimals: 9, shown: nil) == "0")
        #expect(FixedDecimal.format(0, decimals: 9, shown: 2) == "0.00")
        #expect(FixedDecimal.format(2_624_815_000_000, decimals: 9, shown: 2) == "2624.82")
        #expect(FixedDecimal.format(-2_624_815_000_000, decimals: 9, shown: 2) == "-2624.82")
        #expect(FixedDecimal.format(-4_000_000, decimals: 9, shown: 2) == "0.00", "rounds to zero: no sign")
        #expect(FixedDecimal.format(5_000_001, decimals: 6, shown: nil) == "5.000001")
        #expect(FixedDecimal.format(12, decimals: 0, shown: 3) == "12", "a whole number gains no decimals")
        #expect(FixedDecimal.format(1_250_000, decimals: 6, shown: 8) == "1.25000000")
        #expect(FixedDecimal.format(.min, decimals: 9, shown: nil) == "-9223372036.854775808")
        #expect(FixedDecimal.format(.max, decimals: 0, shown: nil) == "9223372036854775807")
    }

    /// The digits written in place agree with the text built from pieces, the way it was first
    /// written, for every combination of decimals and shown decimals.
    @Test func agreesWithTheTextBuiltFromPieces() {
        var random = SplitMix64(seed: 7)
        for _ in 0..<20_000 {
            let raw = Int64(bitPattern: random.next()) >> Int64(1 + random.next() % 63)   // room to round
            let decimals = Int(random.next() % 10)
            let shownChoice = Int(random.next() % 13)
            let shown: Int? = shownChoice == 12 ? nil : shownChoice
            #expect(FixedDecimal.format(raw, decimals: decimals, shown: shown) == Self.reference(raw, decimals: decimals, shown: shown),
                    "\(raw) \(decimals) \(String(describing: shown))")
        }
    }

    private static func reference(_ raw: Int64, decimals: Int, shown: Int?) -> String {
        var value = raw
        var places = decimals
        if let shown, shown < decimals {
            value = FixedDecimal.round(raw, from: decimals, to: shown) / FixedDecimal.power10[decimals - shown]
            places = shown
        }
        let unit = UInt64(FixedDecimal.power10[places])
        var text = String(value.magnitude / unit)
        var fraction = places > 0 ? String(value.magnitude % unit) : ""
        if places > 0 {
            fraction = String(repeating: "0", count: places - fraction.count) + fraction
            if shown == nil { while fraction.hasSuffix("0") { fraction.removeLast() } }
            if let shown, shown > places { fraction += String(repeating: "0", count: shown - places) }
            if !fraction.isEmpty { text += "." + fraction }
        }
        return value < 0 ? "-" + text : text
    }
}
