import TwinLinkDomain

/// The order in which the greedy considers requests: heaviest first; among equals, those the bound's
/// relaxation holds, then those with the fewest slots both participants can use; then a seeded shuffle.
struct ConstructionOrder {
    let order: [Int]

    init(model: SessionModel, relaxedChoice: [Bool], seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        let tieBreak = (0..<model.requestCount).map { _ in generator.next() }
        let freedom = (0..<model.requestCount).map { model.commonAvailability($0).nonzeroBitCount }
        order = (0..<model.requestCount).filter { !model.isLocked($0) }.sorted { left, right in
            if model.weight[left] != model.weight[right] { return model.weight[left] > model.weight[right] }
            if relaxedChoice[left] != relaxedChoice[right] { return relaxedChoice[left] }
            if freedom[left] != freedom[right] { return freedom[left] < freedom[right] }
            return tieBreak[left] < tieBreak[right]
        }
    }
}
