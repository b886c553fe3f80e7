import BallastCore

/// Which calls of a paper broker fail, and how: scripted faults first (per call kind, in
/// order), then random faults drawn from a seeded `SplitMix64`. Each call kind has its own
/// random stream, so the faults submissions get do not depend on how often fills are polled.
public struct FaultPlan: Sendable {
    /// A random fault: hits a call of `call` kind with `probability`.
    public struct Rule: Sendable, Hashable {
        public var call: BrokerCall
        public var fault: BrokerFault
        public var probability: Double

        public init(_ call: BrokerCall, _ fault: BrokerFault, probability: Double) {
            self.call = call
            self.fault = fault
            self.probability = probability
        }
    }

    private var scripts: [BrokerCall: [BrokerFault?]] = [:]
    private var rules: [Rule] = []
    private var generators: [BrokerCall: SplitMix64] = [:]

    /// A plan with no faults yet; `seed` drives the random rules.
    public init(seed: UInt64 = 0) {
        for (offset, call) in BrokerCall.allCases.enumerated() {
            generators[call] = SplitMix64(seed: seed ^ (UInt64(offset + 1) &* 0xD1B5_4A32_D192_ED03))
        }
    }

    /// No faults at all.
    public static var none: FaultPlan { FaultPlan() }

    /// The plan with these faults for the next calls of `call` kind, one per call in order
    /// (nil lets a call through); appended to any script already there.
    public func scripting(_ call: BrokerCall, _ faults: [BrokerFault?]) -> FaultPlan {
        var plan = self
        plan.scripts[call, default: []] += faults
        return plan
    }

    /// The plan with a random fault; a call draws once and the rules of its kind share the
    /// draw in the order added (so their probabilities add up).
    public func adding(_ rule: Rule) -> FaultPlan {
        var plan = self
        plan.rules.append(rule)
        return plan
    }

    /// The fault for the next call of `call` kind, or nil.
    public mutating func next(for call: BrokerCall) -> BrokerFault? {
        if var script = scripts[call], !script.isEmpty {
            let fault = script.removeFirst()
            scripts[call] = script
            return fault
        }
        guard rules.contains(where: { $0.call == call }), var generator = generators[call] else { return nil }
        let draw = generator.nextUnit()
        generators[call] = generator
        var cumulative = 0.0
        for rule in rules where rule.call == call {
            cumulative += rule.probability
            if draw < cumulative { return rule.fault }
        }
        return nil
    }
}
