/// A binary min-heap of (key, value) pairs, for Dijkstra.
struct MinHeap {
    private var keys: [Int] = []
    private var values: [Int] = []

    mutating func push(key: Int, value: Int) {
        keys.append(key)
        values.append(value)
        var child = keys.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            if keys[parent] <= keys[child] { break }
            keys.swapAt(parent, child)
            values.swapAt(parent, child)
            child = parent
        }
    }

    mutating func pop() -> (key: Int, value: Int)? {
        guard let top = keys.first, let value = values.first else { return nil }
        let lastKey = keys.removeLast()
        let lastValue = values.removeLast()
        if !keys.isEmpty {
            keys[0] = lastKey
            values[0] = lastValue
            var parent = 0
            while true {
                let left = 2 * parent + 1
                if left >= keys.count { break }
                let right = left + 1
                let child = right < keys.count && keys[right] < keys[left] ? right : left
                if keys[parent] <= keys[child] { break }
                keys.swapAt(parent, child)
                values.swapAt(parent, child)
                parent = child
            }
        }
        return (top, value)
    }
}
