import Foundation

/// Counts attempts per key (an e-mail address, a client address) in a sliding window and refuses
/// past a limit. In memory: a restart forgets, which errs on the side of letting people sign in.
actor RateLimiter {
    private var attempts: [String: [Date]] = [:]
    private let limit: Int
    private let window: TimeInterval

    init(limit: Int, window: TimeInterval) {
        self.limit = limit
        self.window = window
    }

    /// Records an attempt for `key`; `false` when the key has used up its attempts.
    func allow(_ key: String, now: Date = Date()) -> Bool {
        let recent = (attempts[key] ?? []).filter { now.timeIntervalSince($0) < window }
        guard recent.count < limit else {
            attempts[key] = recent
            return false
        }
        attempts[key] = recent + [now]
        if attempts.count > 10_000 { attempts = attempts.filter { !$0.value.isEmpty } }
        return true
    }
}
