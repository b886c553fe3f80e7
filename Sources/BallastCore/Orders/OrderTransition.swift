/// The things that happen to an order.
public enum OrderTransition: String, Sendable, Codable, Hashable, CaseIterable {
    case submit, accept, reject, partialFill, fill, cancel, expire, modify
}

extension OrderStatus {
    /// The status after `transition`, or nil when the transition is illegal from here.
    ///
    /// The whole table, in one place:
    ///
    /// | from \ on        | submit    | accept   | reject   | partialFill     | fill   | cancel    | expire  | modify   |
    /// |------------------|-----------|----------|----------|-----------------|--------|-----------|---------|----------|
    /// | created          | submitted |          | rejected |                 |        | cancelled |         |          |
    /// | submitted        |           | accepted | rejected | partiallyFilled | filled | cancelled | expired |          |
    /// | accepted         |           |          |          | partiallyFilled | filled | cancelled | expired | accepted |
    /// | partiallyFilled  |           |          |          | partiallyFilled | filled | cancelled | expired | partiallyFilled |
    /// | terminal states  |           |          |          |                 |        |           |         |          |
    ///
    /// A fill straight from `submitted` covers venues that fill before they acknowledge.
    public func next(on transition: OrderTransition) -> OrderStatus? {
        switch (self, transition) {
        case (.created, .submit): .submitted
        case (.created, .reject), (.submitted, .reject): .rejected
        case (.created, .cancel), (.submitted, .cancel), (.accepted, .cancel), (.partiallyFilled, .cancel): .cancelled
        case (.submitted, .accept): .accepted
        case (.submitted, .partialFill), (.accepted, .partialFill), (.partiallyFilled, .partialFill): .partiallyFilled
        case (.submitted, .fill), (.accepted, .fill), (.partiallyFilled, .fill): .filled
        case (.submitted, .expire), (.accepted, .expire), (.partiallyFilled, .expire): .expired
        case (.accepted, .modify): .accepted
        case (.partiallyFilled, .modify): .partiallyFilled
        default: nil
        }
    }
}
