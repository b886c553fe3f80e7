import BallastCore
import BallastRisk

/// The trading kernel as a value: one event in, actions out. No I/O and no clock (time comes
/// only from events), so one engine runs unchanged under a backtest loop and a live loop.
///
/// A bar is the hot path: with no intents it records the bar, calls the strategy and returns
/// `[]` without allocating, looking anything up in a dictionary or dispatching dynamically
/// (the strategy is a generic parameter; `handle` is inlinable so callers specialise it).
/// Orders, fills and status updates take the slower, non-generic `OrderDesk` path.
/// A run loop in another module gets the specialised engine only if the loop itself is
/// specialised for the concrete strategy (inlinable, or reached through `StrategyCatalog.visit`);
/// behind `AnyStrategy` the same run costs about 15 ns more per bar.
public struct Engine<S: Strategy>: Sendable {
    @usableFromInline var _strategy: S
    @usableFromInline let _context: StrategyContext
    @usableFromInline var desk: OrderDesk
    /// The bar hook's intents, empty between bars.
    @usableFromInline var barIntents: [OrderIntent] = []

    /// An engine for `strategy`. Every intent passes `risk` before it becomes an order; orders
    /// get the ids `"\(idPrefix)-1"`, `"\(idPrefix)-2"`... in creation order.
    public init(strategy: S, risk: any RiskGate, context: StrategyContext, idPrefix: String = "S") {
        _strategy = strategy
        _context = context
        desk = OrderDesk(risk: risk, idPrefix: idPrefix)
    }

    public var strategy: S { _strategy }
    /// What the strategy sees; the shell may read it too (positions, working orders, histories).
    public var context: StrategyContext { _context }
    /// Every order created, by id (built on demand; `book.all` lists them without building a dictionary).
    public var orders: [ClientOrderID: Order] { desk.book.orders }
    /// The orders with their OCO groups, bracket exits and pending cancels and modifications.
    public var book: OrderBook { desk.book }
    /// Intents that never became orders, with the rule and the reason.
    public var rejections: [RiskRejection] { desk.rejections }
    /// Events the engine ignored because they could not apply.
    public var anomalies: [EngineAnomaly] { desk.anomalies }

    /// Handles one event and returns what the shell must do. Events must arrive in time order;
    /// the context's clock never goes backwards.
    @inlinable
    public mutating func handle(_ event: EngineEvent) -> [EngineAction] {
        switch event {
        case .bar(let bar):
            return handle(bar)
        case .tick(let tick):
            _context.advance(to: tick.tick.time)
            let intents = _strategy.onTick(tick, context: _context)
            return finish(intents)
        case .timer(let time):
            _context.advance(to: time)
            let intents = _strategy.onTimer(time, context: _context)
            return finish(intents)
        case .fill(let fill):
            return handleFill(fill)
        case .orderUpdate(let update):
            return handleUpdate(update)
        }
    }

    /// Handles a closed bar: the same as `handle(.bar(event))`, for loops that have the bar
    /// event at hand (it spares a copy of the event out of the enum on every bar). Always inlined:
    /// as a call, the event (thirteen words) is copied to the stack and read back on every bar.
    @inlinable @inline(__always)
    public mutating func handle(_ event: BarEvent) -> [EngineAction] {
        var actions: [EngineAction] = []
        handle(event, into: &actions)
        return actions
    }

    /// Handles a closed bar like `handle(_:)`, appending the actions to `actions`: for run loops
    /// that keep one buffer from bar to bar, since even an empty array returned on every bar
    /// costs a release call there.
    @inlinable @inline(__always)
    public mutating func handle(_ event: BarEvent, into actions: inout [EngineAction]) {
        // Decided by the strategy's type, so the specialised loop drops the other branch: a
        // strategy that keeps no bars costs no history test, and no second copy of the event
        // kept for it (3% of a peer-standard backtest).
        if S.historyLength == 0 {
            _context.advance(to: event.closeTime)
        } else {
            guard _context.record(event) else {
                actions += staleBar(event)
                return
            }
        }
        _strategy.onBar(event, context: _context, into: &barIntents)
        let commands = _strategy.orderCommands(context: _context)
        if barIntents.isEmpty && commands.isEmpty { return }
        // The desk empties the buffer (each intent moves into its order) and appends to the
        // caller's: both keep their capacity, so an order costs no array allocation here.
        desk.place(&barIntents, commands, context: _context, into: &actions)
    }

    /// Handles a fill: the same as `handle(.fill(fill))`, for loops that keep the fill
    /// afterwards (it spares a copy of the fill into the enum).
    @inlinable
    public mutating func handle(_ fill: Fill) -> [EngineAction] { handleFill(fill) }

    /// Asks the strategy for commands after a hook; allocates only when something is to be done.
    @inlinable
    mutating func finish(_ intents: consuming [OrderIntent]) -> [EngineAction] {
        let commands = _strategy.orderCommands(context: _context)
        if intents.isEmpty && commands.isEmpty { return [] }
        // `consume` leaves the desk the only reference: it empties the list in place, which
        // would copy every intent into a new buffer if this frame still held one.
        var pending = consume intents
        var actions: [EngineAction] = []
        desk.place(&pending, commands, context: _context, into: &actions)
        return actions
    }

    @usableFromInline
    mutating func handleFill(_ fill: Fill) -> [EngineAction] {
        _context.advance(to: fill.time)
        guard let index = desk.recordFill(fill, context: _context) else { return [] }
        // Exits go out before the strategy hears of the fill, so its context already lists them.
        let linked = desk.linkedActions(after: index, context: _context)
        let intents = _strategy.onFill(fill, context: _context)
        let own = finish(intents)
        return linked.isEmpty ? own : linked + own
    }

    @usableFromInline
    mutating func handleUpdate(_ update: OrderUpdate) -> [EngineAction] {
        _context.advance(to: update.time)
        guard desk.recordUpdate(update, context: _context) != nil else { return [] }
        let intents = _strategy.onOrderUpdate(update, context: _context)
        return finish(intents)
    }

    @usableFromInline
    mutating func staleBar(_ bar: BarEvent) -> [EngineAction] {
        desk.note(.staleBar, nil, "\(bar.symbol) \(bar.timeframe.rawValue) bar of \(bar.bar.time) is not newer than the last one",
                  context: _context)
        return []
    }
}
