import BallastCore

extension Engine {
    /// The synchronous loop: handles `events` in order and returns every action, in order.
    /// (A backtest interleaves the exchange's events itself; this is for scripted runs.)
    public mutating func run<Events: Sequence<EngineEvent>>(_ events: Events) -> [EngineAction] {
        var actions: [EngineAction] = []
        for event in events { actions += handle(event) }
        return actions
    }

    /// The asynchronous loop, as live trading drives the kernel: events are handled one at a time
    /// in arrival order, and each event's actions go to `perform` before the next event is read,
    /// so the engine stays owned by one task and serial. Returns when `events` finishes.
    public mutating func run<Events: AsyncSequence<EngineEvent, Never>>(
        _ events: Events, perform: ([EngineAction]) async -> Void
    ) async {
        for await event in events {
            let actions = handle(event)
            if !actions.isEmpty { await perform(actions) }
        }
    }
}
