import BallastCore

extension WeekendPolicy {
    static let keys: Set<String> = ["leadMinutes", "minimumClosureHours", "assetClasses"]

    init(_ r: ConfigReader) throws {
        guard let lead = try r.count("leadMinutes") else { throw r.fail("leadMinutes", "", "is required") }
        var actions: [AssetClass: WeekendAction] = [:]
        if let classes = try r.nested("assetClasses", allowed: nil) {
            for key in classes.keys {
                let assetClass = try classes.parseName(key, key: key, as: AssetClass.self)
                actions[assetClass] = try Self.action(classes, key)
            }
        }
        let closure = try r.count("minimumClosureHours") ?? 24
        self.init(leadSeconds: lead * 60, actions: actions, minimumClosureSeconds: closure * 3600)
    }

    /// `flatten`, or `{reduceTo: fraction}` with the fraction in [0, 1].
    private static func action(_ r: ConfigReader, _ key: String) throws -> WeekendAction {
        if let text = try? r.text(key) {
            guard text == "flatten" else { throw r.fail(key, text, "unknown weekend action; expected flatten or {reduceTo: fraction}") }
            return .flatten
        }
        guard let node = try r.nested(key, allowed: ["reduceTo"]), let fraction = try node.ratio("reduceTo") else {
            throw r.fail(key, "", "expected flatten or {reduceTo: fraction}")
        }
        guard fraction <= 1 else { throw node.fail("reduceTo", Shown.ratio(fraction), "a fraction in [0, 1]") }
        return .reduce(to: fraction)
    }
}
