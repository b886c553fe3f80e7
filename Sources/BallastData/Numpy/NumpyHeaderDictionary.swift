/// A parser for the one Python literal a `.npy` header holds:
/// `{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }` (keys in any order, either quote).
struct NumpyHeaderDictionary {
    struct Fields {
        var descr: String
        var fortranOrder: Bool
        var shape: [Int]
    }

    struct Failure: Error {
        var message: String
    }

    private let bytes: UnsafeRawBufferPointer
    private var position = 0

    init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    mutating func parse() throws(Failure) -> Fields {
        var descr: String?, fortran: Bool?, shape: [Int]?
        try expect(UInt8(ascii: "{"))
        while true {
            skipSpaces()
            if peek == UInt8(ascii: "}") { position += 1; break }
            let key = try string()
            try expect(UInt8(ascii: ":"))
            switch key {
            case "descr": descr = try string()
            case "fortran_order": fortran = try boolean()
            case "shape": shape = try tuple()
            default: throw Failure(message: "unexpected key '\(key)'")
            }
            skipSpaces()
            if peek == UInt8(ascii: ",") { position += 1 } else if peek != UInt8(ascii: "}") {
                throw Failure(message: "expected ',' or '}' at byte \(position)")
            }
        }
        guard let descr, let fortran, let shape else { throw Failure(message: "needs 'descr', 'fortran_order' and 'shape'") }
        return Fields(descr: descr, fortranOrder: fortran, shape: shape)
    }

    private var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

    private mutating func skipSpaces() {
        while let byte = peek, byte == 0x20 || byte == 0x0A || byte == 0x09 { position += 1 }
    }

    private mutating func expect(_ byte: UInt8) throws(Failure) {
        skipSpaces()
        guard peek == byte else { throw Failure(message: "expected '\(Character(Unicode.Scalar(byte)))' at byte \(position)") }
        position += 1
    }

    private mutating func string() throws(Failure) -> String {
        skipSpaces()
        guard let quote = peek, quote == UInt8(ascii: "'") || quote == UInt8(ascii: "\"") else {
            throw Failure(message: "expected a quoted string at byte \(position)")
        }
        let start = position + 1
        position = start
        while let byte = peek, byte != quote { position += 1 }
        guard peek == quote else { throw Failure(message: "unterminated string") }
        position += 1
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<(position - 1)]), as: UTF8.self)
    }

    private mutating func boolean() throws(Failure) -> Bool {
        skipSpaces()
        for (word, value) in [("True", true), ("False", false)] where matches(word) {
            position += word.utf8.count
            return value
        }
        throw Failure(message: "expected True or False at byte \(position)")
    }

    private func matches(_ word: String) -> Bool {
        let utf8 = Array(word.utf8)
        guard position + utf8.count <= bytes.count else { return false }
        return utf8.indices.allSatisfy { bytes[position + $0] == utf8[$0] }
    }

    private mutating func tuple() throws(Failure) -> [Int] {
        try expect(UInt8(ascii: "("))
        var values: [Int] = []
        while true {
            skipSpaces()
            if peek == UInt8(ascii: ")") { position += 1; return values }
            var value = 0, digits = 0
            while let byte = peek, byte >= 0x30, byte <= 0x39, digits < 18 {
                value = value * 10 + Int(byte - 0x30)
                digits += 1
                position += 1
            }
            guard digits > 0 else { throw Failure(message: "expected a dimension at byte \(position)") }
            values.append(value)
            skipSpaces()
            if peek == UInt8(ascii: "L") { position += 1 }
            skipSpaces()
            if peek == UInt8(ascii: ",") { position += 1 } else if peek != UInt8(ascii: ")") {
                throw Failure(message: "expected ',' or ')' at byte \(position)")
            }
        }
    }
}
