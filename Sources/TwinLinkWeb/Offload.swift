import Dispatch

/// Runs synchronous work (a use case that reads and writes the database synchronously, bcrypt)
/// on a Dispatch queue, so that it never blocks Swift concurrency's cooperative threads.
func offload<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global(qos: .userInitiated).async {
            continuation.resume(with: Result { try body() })
        }
    }
}
