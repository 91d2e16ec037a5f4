import Foundation

/// Collects documents rendered on several threads into their places, so that the order of the
/// result never depends on which thread finished first.
final class DocumentSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [RenderedDocument?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ document: RenderedDocument) {
        lock.withLock { slots[index] = document }
    }

    /// Every document, in slot order; call after all threads are done.
    var documents: [RenderedDocument] {
        lock.withLock { slots.compactMap { $0 } }
    }
}
