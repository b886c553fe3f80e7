import BallastCore

extension PaperVenue {
    /// Cancels the other working orders of a one-cancels-other group once one of them fills.
    mutating func cancelGroup(_ group: String, except filled: Int, account name: String, at time: Timestamp) {
        guard let working = accounts[name]?.working else { return }
        for index in working where index != filled && accounts[name]?.orders[index].ocoGroup == group {
            cancelIfWorking(index, account: name, at: time, reason: "OCO: \(group) filled")
        }
    }

    /// Protects `quantity` just filled on a bracketed entry: the working exits grow by it, or,
    /// when none is working, a new stop-loss/take-profit pair is placed (client ids
    /// `<entry>.sl` and `<entry>.tp`, then `.sl2`/`.tp2`... for later pairs) as one OCO group.
    /// Exits and their fills name the entry as their `parent`, which is how a router that
    /// never saw these client ids knows whose exits they are.
    mutating func protect(_ entry: Int, account name: String, quantity: Quantity, at time: Timestamp) {
        guard let order = accounts[name]?.orders[entry], let bracket = order.request.order.bracket else { return }
        let live = order.exits.filter { accounts[name]?.orders[$0].state.status.isWorking == true }
        guard live.isEmpty else {
            for index in live { accounts[name]?.orders[index].grow(by: quantity, at: time) }
            return
        }
        let pair = order.exitPairs + 1
        let suffix = pair == 1 ? "" : String(pair)
        let group = "bracket:\(order.state.clientID)" + (pair == 1 ? "" : "#\(pair)")
        var exits: [Int] = []
        if let stop = bracket.stopLoss {
            exits.append(placeExit(for: order, type: .stop(stop), id: "sl" + suffix, quantity: quantity, group: group, at: time))
        }
        if let take = bracket.takeProfit {
            exits.append(placeExit(for: order, type: .limit(take), id: "tp" + suffix, quantity: quantity, group: group, at: time))
        }
        accounts[name]?.orders[entry].exits += exits
        accounts[name]?.orders[entry].exitPairs = pair
    }

    /// Places one exit of `entry` (opposite side, good till cancelled) and returns its index.
    private mutating func placeExit(for entry: PaperOrder, type: OrderType, id: String, quantity: Quantity,
                                    group: String, at time: Timestamp) -> Int {
        let clientID = ClientOrderID("\(entry.state.clientID).\(id)")
        let intent = OrderIntent(symbol: entry.state.symbol, side: entry.side.opposite, quantity: quantity, type: type,
                                 ocoGroup: group, tag: id)
        let state = BrokerOrder(clientID: clientID, brokerID: BrokerOrderID("P\(nextOrderNumber)"), symbol: entry.state.symbol,
                                side: entry.side.opposite, quantity: quantity, status: .accepted, updatedAt: time,
                                parent: entry.state.clientID, type: type)
        nextOrderNumber += 1
        let exit = PaperOrder(request: OrderRequest(clientID: clientID, account: entry.request.account, order: intent),
                              state: state, submittedAt: time, parent: entry.state.clientID)
        return accounts[entry.request.account, default: PaperAccount()].append(exit)
    }
}
