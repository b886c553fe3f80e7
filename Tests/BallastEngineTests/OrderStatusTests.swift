import BallastCore
import Testing

@Suite struct OrderStatusTests {
    /// Every (status, transition) pair: the table allows exactly these.
    @Test func onlyTheTableTransitionsExist() {
        let legal: [OrderStatus: [OrderTransition: OrderStatus]] = [
            .created: [.submit: .submitted, .reject: .rejected, .cancel: .cancelled],
            .submitted: [.accept: .accepted, .reject: .rejected, .partialFill: .partiallyFilled, .fill: .filled,
                         .cancel: .cancelled, .expire: .expired],
            .accepted: [.partialFill: .partiallyFilled, .fill: .filled, .cancel: .cancelled, .expire: .expired, .modify: .accepted],
            .partiallyFilled: [.partialFill: .partiallyFilled, .fill: .filled, .cancel: .cancelled, .expire: .expired,
                               .modify: .partiallyFilled],
        ]
        for status in OrderStatus.allCases {
            for transition in OrderTransition.allCases {
                #expect(status.next(on: transition) == legal[status]?[transition], "\(status) on \(transition)")
            }
            #expect(status.isTerminal == (legal[status] == nil))
        }
    }

    @Test func theWorkingStatusesAreThoseThatCanStillFill() {
        #expect(OrderStatus.working == [.submitted, .accepted, .partiallyFilled])
    }

    @Test func fillsAverageAndComplete() {
        var order = Order(id: ClientOrderID("s-1"), intent: OrderIntent(symbol: "EURUSD", side: .buy, quantity: Quantity(3)),
                          createdAt: Timestamp(seconds: 0))
        let early = order.recordFill(quantity: Quantity(1), price: Price("1.1")!)  // not submitted yet
        #expect(!early)
        let submitted = order.apply(.submit), accepted = order.apply(.accept)
        #expect(submitted && accepted)
        let first = order.recordFill(quantity: Quantity(1), price: Price("1.1")!)
        #expect(first && order.status == .partiallyFilled)
        let tooMuch = order.recordFill(quantity: Quantity(3), price: Price("1.2")!)  // more than remains
        #expect(!tooMuch)
        let rest = order.recordFill(quantity: Quantity(2), price: Price("1.13")!)
        #expect(rest && order.status == .filled)
        #expect(order.averagePrice == Price("1.12")!)
        let cancelled = order.apply(.cancel)
        #expect(!cancelled)
    }
}
