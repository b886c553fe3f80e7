import Foundation

/// A first-in first-out lock that async code may hold across suspension points: the SQLite
/// connection (a transaction's body awaits while it holds it), and an order router's fill
/// records (each takes the ledger while its write is in flight).
///
/// `NSLock` rather than `Mutex` guards the waiter list because the package still supports
/// macOS 14, where `Synchronization.Mutex` is unavailable.
public final class SerialLock: @unchecked Sendable {
    private let lock = NSLock()
    private var held = false
    private var waiters: [CheckedContinuation<Void, Never>] = []
    private var head = 0

    public init() {}

    /// Waits until the lock is free, then holds it. Callers must `release()` exactly once.
    /// It runs on the caller's actor, so an actor taking the lock does not hop off and back.
    public func acquire(isolation: isolated (any Actor)? = #isolation) async {
        let acquired = lock.withLock { () -> Bool in
            guard !held else { return false }
            held = true
            return true
        }
        if acquired { return }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let ready = lock.withLock { () -> Bool in
                guard held else {
                    held = true
                    return true
                }
                waiters.append(continuation)
                return false
            }
            if ready { continuation.resume() }
        }
    }

    /// Whether someone waits for the lock (asked by its holder, so the answer can only grow
    /// until the holder releases it).
    public var hasWaiters: Bool { lock.withLock { head < waiters.count } }

    /// Hands the lock to the longest waiter, or frees it when nobody waits.
    public func release() {
        let next = lock.withLock { () -> CheckedContinuation<Void, Never>? in
            guard head < waiters.count else {
                held = false
                waiters.removeAll(keepingCapacity: true)
                head = 0
                return nil
            }
            let continuation = waiters[head]
            head += 1
            return continuation
        }
        next?.resume()
    }
}
