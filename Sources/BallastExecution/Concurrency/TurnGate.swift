/// Gives one caller at a time a turn, in arrival order, across suspension points: the
/// router's fill records, so that a fill recorded outside a synchronisation (an adoption by
/// the reconciler) never interleaves with one inside it, each taking the ledger while the
/// other's write is in flight and putting back an older one. Owned by one actor and used
/// only on it.
final class TurnGate {
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// Waits for the turn; the caller must `leave()` exactly once.
    func enter(isolation: isolated any Actor = #isolation) async {
        guard busy else {
            busy = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    /// Hands the turn to the longest waiter, or frees it.
    func leave() {
        if waiting.isEmpty { busy = false } else { waiting.removeFirst().resume() }
    }
}
