import BallastCore

/// A cursor over UTF-8 bytes with line and column tracking, and the number parsers every
/// reader shares. Parsing works on raw bytes: no `String` per line or field.
public struct ByteScanner {
    public let file: String
    public let base: UnsafePointer<UInt8>
    public let end: Int
    public var position: Int = 0
    /// 1-based number of the line under the cursor.
    public var line: Int = 1
    public var lineStart: Int = 0

    /// Keeps the bytes alive as long as the scanner.
    let owner: ByteSource

    public init(_ source: ByteSource) {
        owner = source
        file = source.name
        base = source.bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) ?? UnsafePointer(bitPattern: 1)!
        end = source.bytes.count
    }

    @inline(__always) public var atEnd: Bool { position >= end }
    @inline(__always) public var current: UInt8 { position < end ? base[position] : 0 }
    public var column: Int { position - lineStart + 1 }

    /// Whether the cursor is at `\n`, `\r` or the end of the data.
    @inline(__always) public var atLineEnd: Bool {
        position >= end || base[position] == 10 || base[position] == 13
    }

    /// Steps over one line ending (`\n`, `\r\n` or a lone `\r`) and counts the line.
    @inline(__always) public mutating func skipLineEnd() {
        if position < end, base[position] == 13 { position += 1 }
        if position < end, base[position] == 10 { position += 1 }
        line += 1
        lineStart = position
    }

    /// The bytes of the rest of the current line (without its ending), leaving the cursor at the ending.
    public mutating func restOfLine(limit: Int = 1 << 20) throws(DataReadError) -> UnsafeBufferPointer<UInt8> {
        let start = position
        let stop = min(end, position + limit)
        while position < stop, base[position] != 10, base[position] != 13 { position += 1 }
        if position == stop, stop < end, base[position] != 10, base[position] != 13 { throw lineTooLong(limit) }
        return UnsafeBufferPointer(start: base + start, count: position - start)
    }

    /// Skips blank lines (including trailing ones) so that `atEnd` means "no more rows".
    public mutating func skipBlankLines() {
        while position < end, base[position] == 10 || base[position] == 13 {
            if base[position] == 10 { line += 1; lineStart = position + 1 }
            else if position + 1 >= end || base[position + 1] != 10 { line += 1; lineStart = position + 1 }
            position += 1
        }
    }

    /// Consumes `byte` or fails with a message naming what was expected.
    @inline(__always) public mutating func expect(_ byte: UInt8, _ what: @autoclosure () -> String) throws(DataReadError) {
        guard position < end, base[position] == byte else { throw error("expected \(what())") }
        position += 1
    }

    /// Reads exactly `count` ASCII digits as an integer.
    @inline(__always) public mutating func fixedDigits(_ count: Int, _ what: @autoclosure () -> String) throws(DataReadError) -> Int {
        guard position + count <= end else { throw error("expected \(what()), found the end of the data") }
        var value = 0
        for i in 0..<count {
            let digit = base[position + i] &- 48
            guard digit < 10 else {
                position += i
                throw error("expected \(what())")
            }
            value = value * 10 + Int(digit)
        }
        position += count
        return value
    }

    /// Reads an unsigned integer of 1...18 digits.
    @inline(__always) public mutating func unsigned(_ what: @autoclosure () -> String) throws(DataReadError) -> Int64 {
        var value: Int64 = 0
        let start = position
        while position < end {
            let digit = base[position] &- 48
            if digit >= 10 { break }
            value = value &* 10 &+ Int64(digit)
            position += 1
        }
        guard position > start else { throw error("expected \(what())") }
        guard position - start <= 18 else { position = start; throw error("\(what()) has too many digits") }
        return value
    }

    /// Reads `[-+]digits[.digits]` as a `Price.raw` (10⁻⁹ units), rounding digits past the ninth
    /// decimal. `exponent` notation is not accepted here (see `GenericNumber`).
    @inline(__always) public mutating func price(_ what: @autoclosure () -> String) throws(DataReadError) -> Int64 {
        let start = position
        var negative = false
        if position < end, base[position] == 45 { negative = true; position += 1 }
        else if position < end, base[position] == 43 { position += 1 }
        var mantissa: Int64 = 0
        var digits = 0
        while position < end {
            let digit = base[position] &- 48
            if digit >= 10 { break }
            mantissa = mantissa &* 10 &+ Int64(digit)
            digits += 1
            position += 1
        }
        var decimals = 0
        var roundUp = false
        if position < end, base[position] == 46 {
            position += 1
            while position < end {
                let digit = base[position] &- 48
                if digit >= 10 { break }
                if decimals < 9 {
                    mantissa = mantissa &* 10 &+ Int64(digit)
                    digits += 1
                    decimals += 1
                } else if decimals == 9 {
                    roundUp = digit >= 5
                    decimals += 1
                }
                position += 1
            }
        }
        guard digits > 0 else { position = start; throw error("expected \(what()) (a number)") }
        guard digits <= 18 else { position = start; throw error("\(what()) has more than 18 significant digits") }
        let used = min(decimals, 9)
        let (scaled, overflow) = mantissa.multipliedReportingOverflow(by: FixedDecimal.power10[9 - used])
        guard !overflow else { position = start; throw error("\(what()) is too large") }
        let raw = scaled + (roundUp ? 1 : 0)
        return negative ? -raw : raw
    }

    /// Reads a decimal (volumes, macro values) as a `Double`: exactly as `Double(String)` would
    /// for up to 15 significant digits; further digits are rounded away.
    @inline(__always) public mutating func double(_ what: @autoclosure () -> String) throws(DataReadError) -> Double {
        let start = position
        var negative = false
        if position < end, base[position] == 45 { negative = true; position += 1 }
        var mantissa: UInt64 = 0
        var significant = 0
        var scale = 0
        var sawDigit = false
        var inFraction = false
        while position < end {
            let byte = base[position]
            if byte == 46, !inFraction { inFraction = true; position += 1; continue }
            let digit = byte &- 48
            if digit >= 10 { break }
            sawDigit = true
            if significant < 18 {
                mantissa = mantissa &* 10 &+ UInt64(digit)
                if mantissa > 0 { significant += 1 }
                if inFraction { scale -= 1 }
            } else if !inFraction {
                scale += 1
            }
            position += 1
        }
        guard sawDigit else { position = start; throw error("expected \(what()) (a number)") }
        var value = Double(mantissa)
        if scale < 0 { value /= ByteScanner.powersOfTen[min(-scale, 22)] }
        else if scale > 0 { value *= ByteScanner.powersOfTen[min(scale, 22)] }
        return negative ? -value : value
    }

    static let powersOfTen: [Double] = (0...22).map { n in (0..<n).reduce(1.0) { r, _ in r * 10 } }

    /// An error at the cursor.
    public func error(_ message: String, code: DataReadError.Code = .malformed) -> DataReadError {
        DataReadError(code, file: file, line: line, column: column, message)
    }

    func lineTooLong(_ limit: Int) -> DataReadError {
        DataReadError(.lineTooLong, file: file, line: line, column: limit + 1, "line \(line) is longer than \(limit) bytes; not a text table")
    }
}
