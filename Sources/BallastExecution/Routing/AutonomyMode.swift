import BallastCore

/// How much the router may do without a person: everything, orders up to a size, or nothing.
public enum AutonomyMode: Sendable, Hashable {
    /// Every accepted intent goes to the venue.
    case fullAuto
    /// Orders above a quantity or a notional (account currency) wait for approval.
    case semiAuto(maxQuantity: Quantity?, maxNotional: Money?)
    /// Every intent waits for approval.
    case manual

    /// Why an order of `quantity` worth `notional` must wait, or nil when it may go.
    func approvalReason(quantity: Quantity, notional: Money) -> String? {
        switch self {
        case .fullAuto:
            return nil
        case .manual:
            return "manual mode: every order waits for approval"
        case let .semiAuto(maxQuantity, maxNotional):
            if let maxQuantity, quantity > maxQuantity {
                return "quantity \(quantity) is above the semi-automatic limit of \(maxQuantity)"
            }
            if let maxNotional {
                // A limit in another currency cannot be checked: waiting is the safe side.
                guard notional.currency == maxNotional.currency else {
                    return "the notional limit is in \(maxNotional.currency), the order's notional in \(notional.currency)"
                }
                if notional > maxNotional { return "notional \(notional) is above the semi-automatic limit of \(maxNotional)" }
            }
            return nil
        }
    }
}
