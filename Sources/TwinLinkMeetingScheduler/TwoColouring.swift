/// The connected components of a request graph, each 2-coloured when it is bipartite (as when local SMEs
/// only meet partner enterprises).
struct TwoColouring {
    /// Per participant: its component (participants without requests form their own).
    let component: [Int]
    /// Per participant: 0 or 1, alternating along requests in bipartite components.
    let side: [Int]
    let componentCount: Int
    /// Per component: whether no request joins two participants of the same side.
    let isBipartite: [Bool]

    init(model: SessionModel, requests: [Int]) {
        var neighbourStart = [Int](repeating: 0, count: model.participantCount + 1)
        for request in requests {
            neighbourStart[model.endpointA[request] + 1] += 1
            neighbourStart[model.endpointB[request] + 1] += 1
        }
        for participant in 0..<model.participantCount { neighbourStart[participant + 1] += neighbourStart[participant] }
        var fill = neighbourStart
        var neighbours = [Int](repeating: 0, count: 2 * requests.count)
        for request in requests {
            let a = model.endpointA[request]
            let b = model.endpointB[request]
            neighbours[fill[a]] = b
            fill[a] += 1
            neighbours[fill[b]] = a
            fill[b] += 1
        }
        var component = [Int](repeating: -1, count: model.participantCount)
        var side = [Int](repeating: 0, count: model.participantCount)
        var isBipartite: [Bool] = []
        var stack: [Int] = []
        for start in 0..<model.participantCount where component[start] < 0 {
            let id = isBipartite.count
            isBipartite.append(true)
            component[start] = id
            stack.append(start)
            while let participant = stack.popLast() {
                for index in neighbourStart[participant]..<neighbourStart[participant + 1] {
                    let neighbour = neighbours[index]
                    if component[neighbour] < 0 {
                        component[neighbour] = id
                        side[neighbour] = 1 - side[participant]
                        stack.append(neighbour)
                    } else if side[neighbour] == side[participant] {
                        isBipartite[id] = false
                    }
                }
            }
        }
        self.component = component
        self.side = side
        self.componentCount = isBipartite.count
        self.isBipartite = isBipartite
    }
}
