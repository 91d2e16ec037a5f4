import Foundation

/// Runs CPU-heavy or blocking work (scheduling a session, rendering many documents, waiting for
/// the PDF printer) on a queue of its own, so that it never occupies a thread of Swift's
/// cooperative pool, which on a small machine has one thread per core and serves every request.
enum OffPool {
    private static let queue = DispatchQueue(label: "twinlink.work", qos: .userInitiated, attributes: .concurrent)

    static func run<T: Sendable, E: Error>(_ work: @escaping @Sendable () throws(E) -> T) async throws(E) -> T {
        let result: Result<T, E> = await withCheckedContinuation { continuation in
            queue.async {
                do throws(E) {
                    continuation.resume(returning: .success(try work()))
                } catch {
                    continuation.resume(returning: .failure(error))
                }
            }
        }
        return try result.get()
    }
}
