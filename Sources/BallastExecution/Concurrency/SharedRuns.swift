/// One job that concurrent callers share, run again for callers that came too late: an actor's
/// fill synchronisation or desk refresh.
///
/// A caller joins a run only if it started after the caller arrived: a run already under way
/// may have read its source before the caller's change was in it, so the caller waits for it
/// and then joins (or starts) the next. Runs never overlap. Owned by one actor and used only
/// on it.
final class SharedRuns<Value: Sendable> {
    private var running: (generation: Int, task: Task<Value, any Error>)?
    private var started = 0

    /// Runs `work`, or joins a run that started after this call; returns that run's result.
    func run(isolation: isolated any Actor = #isolation,
             _ work: @escaping @Sendable () async throws -> Value) async throws -> Value {
        let arrival = started
        while let current = running {
            if current.generation > arrival { return try await current.task.value }
            _ = await current.task.result
        }
        started += 1
        let generation = started
        // The task clears `running` itself, on the actor, before it completes: a waiter resumed
        // by its completion then finds the next run or none. (Cleared by the starter instead,
        // after it resumed, waiters found the finished task still there and spun on it until
        // the starter got the actor back.)
        let task = Task { () async throws -> Value in
            _ = isolation
            defer { self.finish(generation) }
            return try await work()
        }
        running = (generation, task)
        return try await task.value
    }

    /// Waits for the run under way, if any, to end (whatever its outcome): a caller that only
    /// needs some run to have seen its change can look after it before starting another.
    func waitForCurrent(isolation: isolated any Actor = #isolation) async {
        if let current = running { _ = await current.task.result }
    }

    private func finish(_ generation: Int) {
        if running?.generation == generation { running = nil }
    }
}
