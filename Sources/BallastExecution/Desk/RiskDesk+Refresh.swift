import BallastCore
import BallastRisk
import BallastStore

extension RiskDesk {
    /// Reloads the ledger's positions and working orders from the store and replays the fills
    /// recorded since the last refresh (round trips, daily and sleeve PnL). Call it after every
    /// fill sync.
    ///
    /// Concurrent calls share refreshes, as fill syncs do (see `SharedRuns`): orders in flight
    /// together cost one reload, and two reloads never interleave (the slower one, finishing
    /// last, would put back the older positions).
    public func refresh(at time: Timestamp) async throws(DeskError) {
        do { try await refreshes.run { try await self.reload() } } catch let error as DeskError { throw error } catch {
            throw .store(StoreError(.connection, "desk refresh stopped: \(error)"))
        }
    }

    private func reload() async throws(DeskError) {
        let account = configuration.account
        let (stored, fills) = try await ledger(after: tally.lastSequence)
        let open: [OrderRecord]
        if let router {
            do throws(RouterError) { open = try await router.workingOrders() } catch { throw .router(error) }
        } else {
            open = try await self.stored { () async throws(StoreError) in
                try await store.orders(account: account, statuses: OrderStatus.working)
            }
        }
        var orders: [WorkingOrder] = []
        for order in open {
            orders.append(WorkingOrder(id: order.id, intent: order.order, remaining: order.order.quantity - order.filledQuantity,
                                       strategy: try await strategy(of: order.id)))
        }
        for fill in fills.sorted(by: { $0.sequence < $1.sequence }) {
            try await replay(fill)
        }
        positions = stored
        book = PositionLedger(accountCurrency: configuration.currency, positions: stored)
        working = orders
    }

    /// The ledger's positions and the fills after `sequence`: from the router, which records
    /// them, when it can vouch for them; otherwise from the store.
    private func ledger(after sequence: UInt64) async throws(DeskError) -> (positions: [PositionRecord], fills: [BrokerFill]) {
        if let router {
            do throws(RouterError) {
                if let known = try await router.recorded(after: sequence) { return known }
            } catch {
                throw .router(error)
            }
        }
        let account = configuration.account
        let positions = try await stored { () async throws(StoreError) in try await store.positions(account: account) }
        let fills = try await stored { () async throws(StoreError) in try await store.fills(account: account, after: sequence) }
        return (positions, fills)
    }

    private func replay(_ fill: BrokerFill) async throws(DeskError) {
        let terms: ContractTerms
        do throws(RouterError) { terms = try configuration.catalog.terms(for: fill.symbol, at: fill.time) } catch {
            throw .router(error)
        }
        let strategy = try await strategy(of: fill.clientID)
        let dayStart = configuration.risk.killSwitches.dayRoll.start(ofDayContaining: fill.time)
        let protective = strategy == configuration.actor
        do throws(LedgerError) {
            try tally.apply(fill, strategy: strategy, protective: protective, terms: terms, dayStart: dayStart)
        } catch {
            throw .ledger(error)
        }
    }

    /// The strategy whose intent made the order `id` (empty when the store has no such order).
    private func strategy(of id: ClientOrderID) async throws(DeskError) -> String {
        if let known = strategies[id] { return known }
        guard let order = try await stored({ () async throws(StoreError) in try await store.order(id) }),
              let intent = try await stored({ () async throws(StoreError) in try await store.intent(order.intentID) })
        else { return "" }
        strategies[id] = intent.intent.strategy
        return intent.intent.strategy
    }
}
