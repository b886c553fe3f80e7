/// A statement written with `?` placeholders, rewritten to PostgreSQL's numbered `$1…$n`.
///
/// Question marks inside string literals (`'…'`), quoted identifiers (`"…"`), dollar-quoted
/// bodies (`$$…$$`, `$tag$…$tag$`) and comments (`-- …`, `/* … */`) are left alone, so trigger
/// bodies and literal text survive. The scan works on UTF-8 bytes: every byte it looks for is ASCII.
struct PostgresStatement: Sendable, Hashable {
    /// The rewritten SQL.
    var sql: String
    /// How many placeholders were numbered.
    var parameterCount: Int
    /// The rewritten text split at top-level `;` into statements, leaving out pieces that hold
    /// only blanks and comments. PostgreSQL prepares one statement at a time, so a script
    /// (a migration) is sent piece by piece.
    var statements: [String]

    /// Rewrites `sql`.
    init(_ sql: String) {
        var scanner = Scanner(bytes: Array(sql.utf8))
        scanner.run()
        self.sql = String(decoding: scanner.output, as: UTF8.self)
        self.parameterCount = scanner.parameterCount
        self.statements = scanner.pieces.map { String(decoding: scanner.output[$0], as: UTF8.self) }
    }
}

extension PostgresStatement {
    private struct Scanner {
        let bytes: [UInt8]
        var index = 0
        var output: [UInt8] = []
        var parameterCount = 0
        var pieces: [Range<Int>] = []
        var pieceStart = 0
        var pieceHasContent = false

        init(bytes: [UInt8]) {
            self.bytes = bytes
            output.reserveCapacity(bytes.count + 8)
        }

        mutating func run() {
            while index < bytes.count {
                let byte = bytes[index]
                if !Self.isSpace(byte), !startsComment(), byte != UInt8(ascii: ";") {
                    pieceHasContent = true
                }
                switch byte {
                case UInt8(ascii: "?"):
                    parameterCount += 1
                    output.append(UInt8(ascii: "$"))
                    output.append(contentsOf: Array(String(parameterCount).utf8))
                    index += 1
                case UInt8(ascii: "'"), UInt8(ascii: "\""):
                    copyQuoted(until: byte)
                case UInt8(ascii: "$"):
                    copyDollarQuotedOrByte()
                case UInt8(ascii: "-") where peek(1) == UInt8(ascii: "-"):
                    copy(until: [UInt8(ascii: "\n")])
                case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "*"):
                    copy(until: Array("*/".utf8), from: index + 2)
                case UInt8(ascii: ";"):
                    output.append(byte)
                    index += 1
                    endPiece()
                default:
                    output.append(byte)
                    index += 1
                }
            }
            endPiece()
        }

        mutating func endPiece() {
            if pieceHasContent { pieces.append(pieceStart..<output.count) }
            pieceStart = output.count
            pieceHasContent = false
        }

        func peek(_ offset: Int) -> UInt8? {
            index + offset < bytes.count ? bytes[index + offset] : nil
        }

        func startsComment() -> Bool {
            (bytes[index] == UInt8(ascii: "-") && peek(1) == UInt8(ascii: "-"))
                || (bytes[index] == UInt8(ascii: "/") && peek(1) == UInt8(ascii: "*"))
        }

        static func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
        }

        /// Copies a quoted run; a doubled quote (`''`) stays inside it.
        mutating func copyQuoted(until quote: UInt8) {
            output.append(quote)
            index += 1
            while index < bytes.count {
                let byte = bytes[index]
                output.append(byte)
                index += 1
                if byte == quote {
                    if index < bytes.count, bytes[index] == quote {
                        output.append(quote)
                        index += 1
                    } else {
                        return
                    }
                }
            }
        }

        /// Copies up to and including `terminator` (or to the end).
        mutating func copy(until terminator: [UInt8], from start: Int? = nil) {
            var end = start ?? index
            while end < bytes.count, !matches(terminator, at: end) { end += 1 }
            end = min(bytes.count, end + terminator.count)
            output.append(contentsOf: bytes[index..<end])
            index = end
        }

        func matches(_ pattern: [UInt8], at position: Int) -> Bool {
            guard position + pattern.count <= bytes.count else { return false }
            return bytes[position..<position + pattern.count].elementsEqual(pattern)
        }

        /// `$tag$…$tag$` (tag empty or an identifier); a lone `$` or `$1` is copied as is.
        mutating func copyDollarQuotedOrByte() {
            var end = index + 1
            while end < bytes.count, Self.isTagByte(bytes[end]) { end += 1 }
            let startsWithDigit = end > index + 1 && (0x30...0x39).contains(bytes[index + 1])
            let insideIdentifier = index > 0 && Self.isTagByte(bytes[index - 1])
            guard end < bytes.count, bytes[end] == UInt8(ascii: "$"), !startsWithDigit, !insideIdentifier else {
                output.append(bytes[index])
                index += 1
                return
            }
            let tag = Array(bytes[index...end])
            copy(until: tag, from: end + 1)
        }

        static func isTagByte(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "_") || (0x30...0x39).contains(byte)
                || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte >= 0x80
        }
    }
}
