/// A record together with the line it was read from, for messages about references between files.
struct Sourced<Value> {
    let value: Value
    let line: Int
}
