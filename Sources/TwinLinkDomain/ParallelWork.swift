import Foundation

/// CPU-bound work spread over a bounded number of tasks of one task group, with the results in
/// the order of the items whatever the number of tasks and whichever finishes first.
///
/// Each task takes one contiguous run of the items (neighbours often share work, such as two
/// delegates of one firm) and keeps its own state, made by `makeState` inside the task (caches
/// that must not be shared between threads).
/// The state may only make the work faster: an item's result must not depend on which task, or
/// which items before it, computed it, so that one task and many give the same output.
public enum ParallelWork {
    /// How many tasks to use when not told: one per active processor core.
    public static var defaultWorkers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `body(&state, item)` for every item, on at most `workers` tasks at once.
    public static func map<Item: Sendable, Output: Sendable, State>(
        _ items: [Item], workers: Int = defaultWorkers, state makeState: @escaping @Sendable () -> State,
        body: @escaping @Sendable (inout State, Item) -> Output
    ) async -> [Output] {
        let tasks = max(1, min(workers, items.count))
        if tasks == 1 {
            var state = makeState()
            return items.map { body(&state, $0) }
        }
        return await withTaskGroup(of: [(Int, Output)].self) { group in
            for task in 0..<tasks {
                group.addTask {
                    var state = makeState()
                    var done: [(Int, Output)] = []
                    for index in (items.count * task / tasks)..<(items.count * (task + 1) / tasks) {
                        done.append((index, body(&state, items[index])))
                    }
                    return done
                }
            }
            var slots = [Output?](repeating: nil, count: items.count)
            for await done in group {
                for (index, output) in done { slots[index] = output }
            }
            return slots.map { $0! }
        }
    }

    /// As `map`, without per-task state.
    public static func map<Item: Sendable, Output: Sendable>(
        _ items: [Item], workers: Int = defaultWorkers, _ body: @escaping @Sendable (Item) -> Output
    ) async -> [Output] {
        await map(items, workers: workers, state: {}, body: { _, item in body(item) })
    }
}
