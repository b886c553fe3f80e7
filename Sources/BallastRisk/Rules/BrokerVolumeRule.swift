import BallastCore

/// The broker's volume grid: at least the minimum, at most the maximum, a whole number of
/// steps. Off-step volumes are rounded down when `roundToStep` is set, else rejected with the
/// nearest valid volumes.
public struct BrokerVolumeRule: PreTradeRule {
    public let name = RiskRuleName.brokerVolume
    public var roundToStep: Bool

    public init(roundToStep: Bool) { self.roundToStep = roundToStep }

    public func check(_ check: RiskCheck) -> RiskDecision {
        let spec = check.instrument.spec
        let lots = check.order.quantity
        if lots < spec.volumeMin { return reject("order \(Shown.lots(lots)) < broker min \(Shown.lots(spec.volumeMin))") }
        if lots > spec.volumeMax { return reject("order \(Shown.lots(lots)) > broker max \(Shown.lots(spec.volumeMax))") }
        guard !lots.isMultiple(of: spec.volumeStep) else { return .accept(check.order) }
        let below = check.instrument.roundedDown(lots)
        if roundToStep, below >= spec.volumeMin {
            var order = check.order
            order.quantity = below
            return .accept(order)
        }
        let above = below + spec.volumeStep
        let valid = [below, above].filter { $0 >= spec.volumeMin && $0 <= spec.volumeMax }.map(Shown.lots)
        return reject("order \(Shown.lots(lots)) is not a multiple of step \(Shown.lots(spec.volumeStep)); "
            + "nearest valid: \(valid.joined(separator: " or "))")
    }
}
