import Foundation
import Testing
import TwinLinkDomain

@testable import TwinLinkDocuments

/// Packs rendered on one task, on several, and on the threads of the synchronous call are the same
/// documents, byte for byte, in the same order.
@Suite struct ParallelRenderingTests {
    @Test func packsDoNotDependOnTheNumberOfWorkers() async throws {
        let renderer = try DocumentRenderer()
        let input = try NurembergForumPack.input(registry: NurembergForumPack.registry())
        let one = await renderer.briefingPacks(input, workers: 1)
        #expect(one.count == input.delegation.flatMap(\.delegates).count + 1)
        #expect(one.count > 3)
        for workers in [2, 3, 8] {
            let many = await renderer.briefingPacks(input, workers: workers)
            #expect(many.map(\.name) == one.map(\.name))
            #expect(many.map(\.html) == one.map(\.html), "\(workers) workers")
            #expect(many.map(\.markdown) == one.map(\.markdown), "\(workers) workers")
        }
        let threads = renderer.briefingPacks(input)
        #expect(threads.map(\.html) == one.map(\.html))
        #expect(threads.map(\.markdown) == one.map(\.markdown))
    }

    @Test func parallelWorkKeepsTheOrderOfTheItems() async {
        let items = Array(0..<1000)
        for workers in [1, 2, 7] {
            let squares = await ParallelWork.map(
                items, workers: workers, state: { 0 },
                body: { seen, item in
                    seen += 1
                    return item * item
                })
            #expect(squares == items.map { $0 * $0 })
        }
    }
}
