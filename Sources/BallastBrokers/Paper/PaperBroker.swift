import BallastCore

/// A `Broker` backed by a `PaperVenue`: orders fill against the quotes fed to `update(quote:)`,
/// whose times are also the venue clock (no wall clock). Faults from a `FaultPlan` make calls
/// fail the ways a real venue's do. With a journal, the venue survives the process: every
/// state change is appended to a file before it is applied, and reopening replays it.
public actor PaperBroker: Broker {
    public nonisolated let name: String
    public nonisolated var supportsBrackets: Bool { true }
    /// The venue's state (for tests and inspection).
    public private(set) var venue: PaperVenue
    /// The faults injected so far, oldest first.
    public private(set) var injected: [InjectedFault] = []
    private var faults: FaultPlan
    private let latency: Duration
    private let delay: @Sendable (Duration) async -> Void
    private let journal: PaperJournal?

    /// A broker over `venue`, kept in memory only.
    /// - Parameters:
    ///   - latency: added to every call (zero, the default, never suspends).
    ///   - delay: how a latency is waited for (`Task.sleep` by default; tests may pass a fake).
    public init(name: String = "paper", venue: PaperVenue = PaperVenue(), faults: FaultPlan = .none,
                latency: Duration = .zero, delay: @escaping @Sendable (Duration) async -> Void = PaperBroker.sleep) {
        self.name = name
        self.venue = venue
        self.faults = faults
        self.latency = latency
        self.delay = delay
        self.journal = nil
    }

    /// A broker whose venue lives in the journal at `journalPath`: a new file starts a venue with
    /// `settings`; an existing one is replayed (its own settings win) after dropping a torn last line.
    /// - Parameter syncs: whether every append is `fsync`ed (survives power loss, not only a kill).
    public init(name: String = "paper", journalPath: String, settings: PaperVenueSettings = PaperVenueSettings(),
                syncs: Bool = true, faults: FaultPlan = .none, latency: Duration = .zero,
                delay: @escaping @Sendable (Duration) async -> Void = PaperBroker.sleep) throws(PaperJournalError) {
        let (journal, commands) = try PaperJournal.open(path: journalPath, syncs: syncs)
        var venue = PaperVenue(settings: settings)
        if commands.isEmpty { try journal.append(.configure(settings)) }
        for command in commands { venue.apply(command) }
        self.name = name
        self.venue = venue
        self.faults = faults
        self.latency = latency
        self.delay = delay
        self.journal = journal
    }

    /// Waits with `Task.sleep` (the default latency source).
    public static let sleep: @Sendable (Duration) async -> Void = { try? await Task.sleep(for: $0) }

    /// Feeds a quote: the venue clock moves to it and working orders it crosses fill.
    public func update(quote: PaperQuote) throws(PaperJournalError) {
        try journal?.append(.quote(quote))
        venue.apply(quote: quote)
    }

    /// Replaces the fault plan (for tests that fail calls only after some set-up).
    public func setFaults(_ plan: FaultPlan) { faults = plan }

    /// Journals and applies `command`; a journal failure fails the call as `.disconnected`
    /// (the outcome is unknown to the caller, though nothing was applied).
    func perform(_ command: PaperCommand) throws(BrokerError) -> BrokerOrder? {
        do throws(PaperJournalError) { try journal?.append(command) } catch {
            throw BrokerError(.disconnected, "paper venue journal: \(error)")
        }
        return try venue.apply(command).get()
    }

    /// Draws the call's fault, waits out the latency, and fails the call when the fault stops
    /// it before the venue; returns the fault for the caller to finish applying.
    func prepare(_ call: BrokerCall) async throws(BrokerError) -> BrokerFault? {
        let fault = faults.next(for: call)
        if let fault { injected.append(InjectedFault(call: call, fault: fault)) }
        var wait = latency
        if case .latency(let extra) = fault { wait += extra }
        if wait > .zero { await delay(wait) }
        switch fault {
        case .disconnect: throw BrokerError(.disconnected, "paper venue: link dropped (injected) on \(call.rawValue)")
        case .timeoutBeforePlacing: throw BrokerError(.timeout, "paper venue: no answer (injected) on \(call.rawValue)")
        case .rateLimit: throw BrokerError(.rateLimited, "paper venue: too many requests (injected) on \(call.rawValue)")
        case .reject(let reason) where call != .submit: throw BrokerError(.rejected, reason)
        default: return fault
        }
    }

    /// Fails a call that took effect with `.timeout` when its fault says so.
    func finish(_ call: BrokerCall, _ fault: BrokerFault?) throws(BrokerError) {
        if fault == .timeoutAfterPlacing {
            throw BrokerError(.timeout, "paper venue: no answer (injected) after \(call.rawValue) took effect")
        }
    }
}
