/// Row-level checks every reader shares: the file-level preflight, the end of a row, the header
/// line, and turning a parse error on a binary or over-long line into the right error code.
extension ByteScanner {
    /// A scanner past any leading blank lines, after the checks every reader makes first:
    /// an empty file and binary bytes near the start (a zip, a spreadsheet, an image).
    static func checked(_ source: ByteSource) throws(DataReadError) -> ByteScanner {
        var scanner = ByteScanner(source)
        scanner.skipBlankLines()
        guard !scanner.atEnd else { throw DataReadError(.empty, file: source.name, "the file is empty") }
        var line = 1, lineStart = 0
        for index in 0..<min(scanner.end, 4096) {
            let byte = scanner.base[index]
            if byte == 10 { line += 1; lineStart = index + 1 }
            if Self.isBinary(byte) {
                throw DataReadError(.binary, file: source.name, line: line, column: index - lineStart + 1,
                                    "byte 0x\(String(byte, radix: 16)) is not text; this is not a text table")
            }
        }
        return scanner
    }

    /// Control bytes that never occur in a text table (tab, CR and LF are text).
    @inline(__always) static func isBinary(_ byte: UInt8) -> Bool {
        (byte < 32 && byte != 9 && byte != 10 && byte != 13) || byte == 127
    }

    /// Ends a data row: nothing may follow the last column, the line must fit the limit, and
    /// blank lines after it are skipped so that `atEnd` means "no more rows".
    @inline(__always) mutating func finishRow(limit: Int) throws(DataReadError) {
        guard atLineEnd else { throw error("unexpected text after the last column (more columns than expected)") }
        if position - lineStart > limit { throw lineTooLong(limit) }
        skipLineEnd()
        if position < end, base[position] == 10 || base[position] == 13 { skipBlankLines() }
    }

    /// Reads the header line as trimmed names (quotes, spaces and `<>` kept as written) and moves
    /// to the first data row; throws `.headerOnly` when no row follows.
    mutating func headerNames(delimiter: UInt8, limit: Int) throws(DataReadError) -> [String] {
        let line = try restOfLine(limit: limit)
        let names = line.split(separator: delimiter, omittingEmptySubsequences: false).map { field in
            String(decoding: field, as: UTF8.self).trimming(" \"'")
        }
        skipLineEnd()
        skipBlankLines()
        guard !atEnd else { throw DataReadError(.headerOnly, file: file, "the file has a header but no data rows") }
        return names
    }

    /// The bytes of the current line from its start, without moving the cursor.
    func currentLine(limit: Int) -> UnsafeBufferPointer<UInt8> {
        var stop = lineStart
        let cap = min(end, lineStart + limit + 1)
        while stop < cap, base[stop] != 10, base[stop] != 13 { stop += 1 }
        return UnsafeBufferPointer(start: base + lineStart, count: stop - lineStart)
    }

    /// Refines a parse error: a row that failed because it holds binary bytes or is longer than
    /// the limit gets that code instead of `.malformed`.
    func classify(_ failure: DataReadError, limit: Int) -> DataReadError {
        guard failure.code == .malformed, failure.line == line else { return failure }
        let bytes = currentLine(limit: limit)
        if let index = bytes.firstIndex(where: Self.isBinary) {
            return DataReadError(.binary, file: file, line: line, column: index + 1,
                                 "byte 0x\(String(bytes[index], radix: 16)) is not text; this is not a text table")
        }
        if bytes.count > limit { return lineTooLong(limit) }
        return failure
    }

    /// Skips the rest of a field (up to `delimiter` or the line end).
    @inline(__always) mutating func skipField(_ delimiter: UInt8) {
        while position < end, base[position] != delimiter, base[position] != 10, base[position] != 13 { position += 1 }
    }

    /// Whether the bytes at the cursor spell `word` (ASCII, case-insensitive) and end the field.
    func at(word: StaticString, delimiter: UInt8) -> Bool {
        let count = word.utf8CodeUnitCount
        guard position + count <= end else { return false }
        let letters = word.utf8Start
        for i in 0..<count where base[position + i] | 0x20 != letters[i] | 0x20 { return false }
        let next = position + count
        return next == end || base[next] == delimiter || base[next] == 10 || base[next] == 13
    }
}

extension StringProtocol {
    func trimming(_ set: String) -> String {
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, set.unicodeScalars.contains(first) { scalars.removeFirst() }
        while let last = scalars.last, set.unicodeScalars.contains(last) { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
