/// Where and how to reach a PostgreSQL server, parsed from
/// `postgres://user:password@host:port/database?sslmode=disable|prefer|require`
/// (`postgresql://` too; user, password and database are percent-decoded).
///
/// Error messages and `description` never contain the password: a malformed URL is described
/// without echoing any part of it.
public struct PostgresURL: Sendable, Hashable, CustomStringConvertible {
    /// Whether the connection is encrypted. `require` verifies the server's certificate
    /// against the system trust roots (stricter than libpq's `require`).
    public enum TLSMode: String, Sendable, Hashable {
        case disable
        case prefer
        case require
    }

    public var host: String
    public var port: Int
    public var username: String
    public var password: String?
    public var database: String
    public var tlsMode: TLSMode

    public init(host: String, port: Int = 5432, username: String, password: String? = nil,
                database: String, tlsMode: TLSMode = .prefer) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.database = database
        self.tlsMode = tlsMode
    }

    /// Parses a connection URL; throws `.invalidConfiguration` saying what is wrong with it.
    public init(parsing url: String) throws(StoreError) {
        guard let rest = Self.droppingScheme(url) else {
            throw Self.invalid("it must start with postgres:// or postgresql://")
        }
        // The last `@` ends the user info, so a password holding `/`, `?` or `@` still parses.
        guard let at = rest.lastIndex(of: "@") else { throw Self.invalid("it names no user (user@host)") }
        let userInfo = rest[..<at]
        let location = rest[rest.index(after: at)...]
        let colon = userInfo.firstIndex(of: ":")
        username = try Self.decoded(userInfo[..<(colon ?? userInfo.endIndex)], part: "user name")
        password = try colon.map { i throws(StoreError) in try Self.decoded(userInfo[userInfo.index(after: i)...], part: "password") }
        guard !username.isEmpty else { throw Self.invalid("the user name is empty") }

        let queryStart = location.firstIndex(of: "?") ?? location.endIndex
        let path = location[..<queryStart]
        guard let slash = path.firstIndex(of: "/") else { throw Self.invalid("it names no database (host/database)") }
        (host, port) = try Self.hostAndPort(path[..<slash])
        database = try Self.decoded(path[path.index(after: slash)...], part: "database name")
        guard !database.isEmpty else { throw Self.invalid("the database name is empty") }
        tlsMode = try Self.tlsMode(query: queryStart < location.endIndex ? location[location.index(after: queryStart)...] : "")
    }

    /// The URL with the password replaced by `***`.
    public var description: String {
        let secret = password == nil ? "" : ":***"
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "postgres://\(username)\(secret)@\(shownHost):\(port)/\(database)?sslmode=\(tlsMode.rawValue)"
    }
}

extension PostgresURL {
    static func invalid(_ reason: String) -> StoreError {
        StoreError(.invalidConfiguration, "PostgreSQL URL: \(reason)")
    }

    private static func droppingScheme(_ url: String) -> Substring? {
        for scheme in ["postgres://", "postgresql://"] where url.lowercased().hasPrefix(scheme) {
            return url.dropFirst(scheme.count)
        }
        return nil
    }

    private static func hostAndPort(_ text: Substring) throws(StoreError) -> (String, Int) {
        var host = text
        var portText: Substring?
        if text.first == "[" {   // [IPv6]:port
            guard let close = text.firstIndex(of: "]") else { throw invalid("an IPv6 host lacks its closing ]") }
            host = text[text.index(after: text.startIndex)..<close]
            let after = text[text.index(after: close)...]
            if !after.isEmpty {
                guard after.first == ":" else { throw invalid("unexpected text after the IPv6 host") }
                portText = after.dropFirst()
            }
        } else if let colon = text.firstIndex(of: ":") {
            host = text[..<colon]
            portText = text[text.index(after: colon)...]
        }
        guard !host.isEmpty else { throw invalid("the host is empty") }
        guard let portText else { return (try decoded(host, part: "host"), 5432) }
        guard let port = Int(portText), (1...65535).contains(port) else {
            throw invalid("the port is not a number from 1 to 65535")
        }
        return (try decoded(host, part: "host"), port)
    }

    private static func tlsMode(query: Substring) throws(StoreError) -> TLSMode {
        var mode = TLSMode.prefer
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts[0] == "sslmode", parts.count == 2 else {
                throw invalid("unsupported parameter '\(parts[0].prefix(40))' (only sslmode is understood)")
            }
            switch parts[1] {
            case "disable": mode = .disable
            case "allow", "prefer": mode = .prefer
            case "require", "verify-ca", "verify-full": mode = .require
            default: throw invalid("sslmode must be disable, prefer or require")
            }
        }
        return mode
    }

    /// Percent-decodes one part; `%` must be followed by two hex digits and the result be UTF-8.
    static func decoded(_ text: Substring, part: String) throws(StoreError) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else { bytes.append(byte); continue }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                throw invalid("the \(part) holds a malformed %-escape")
            }
            bytes.append(high << 4 | low)
        }
        guard let string = String(validating: bytes, as: UTF8.self) else {
            throw invalid("the \(part) is not valid UTF-8 once decoded")
        }
        return string
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}
