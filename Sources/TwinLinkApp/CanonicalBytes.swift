import TwinLinkAllocation

/// A canonical byte encoding of an `Encodable` value, for fingerprints: the same value gives the
/// same bytes in every process, two different values different bytes (up to SHA-256 collisions).
///
/// Made as the value encodes itself, without a tree of the whole value (Foundation's
/// `JSONEncoder` builds one before it writes a byte: about ten times the size of the JSON, which
/// for a run's allocations at ×50 was 1 GB that the process kept). Each nested value is finished
/// as soon as its `encode(to:)` returns; a part longer than ``digestAbove`` bytes is replaced by its
/// SHA-256, so the bytes held at any time are bounded by the widest container, not the value.
///
/// Layout: a string `S` + length + UTF-8; integers `I`/`W` + 8 bytes; reals `D` + bit pattern;
/// `T`/`F`; `N` for nil; a keyed container `K` + count + (key, part) sorted by key (so a
/// dictionary's order does not matter, as with `.sortedKeys`); an unkeyed one `U` + count +
/// parts in order; `H` + 64 hexadecimal digits for a digested part. Every length is a prefix, so no
/// two values share their bytes.
enum CanonicalBytes {
    /// Parts longer than this are replaced by their digest.
    static let digestAbove = 512

    static func of<Value: Encodable>(_ value: Value) -> [UInt8] {
        let node = Node()
        do {
            try value.encode(to: NodeEncoder(node))
        } catch {
            // Not expected of the registry's values; such a value never matches another run.
            return Array("E\(error)|\(UInt64.random(in: .min ... .max))".utf8)
        }
        return node.finish()
    }

    /// One value being encoded: what its container(s) recorded so far.
    fileprivate final class Node {
        enum Kind { case empty, keyed, unkeyed, single }
        /// A recorded part: bytes in `buffer`, or a nested container finished with this node.
        enum Part {
            case range(Range<Int>)
            case node(Node)
        }
        var kind = Kind.empty
        var buffer: [UInt8] = []
        var keys: [String] = []
        var parts: [Part] = []

        func become(_ wanted: Kind) {
            if kind == .empty { kind = wanted }
        }

        /// Records `write`'s bytes as the next part (under `key` in a keyed container).
        func record(_ key: String?, _ write: (inout [UInt8]) -> Void) {
            let start = buffer.count
            write(&buffer)
            parts.append(.range(start..<buffer.count))
            if let key { keys.append(key) }
        }

        /// Records a nested value, finished at once.
        func record<Value: Encodable>(_ key: String?, value: Value) throws {
            let child = Node()
            try value.encode(to: NodeEncoder(child))
            let bytes = child.finish()
            record(key) { $0.append(contentsOf: bytes) }
        }

        /// Records a container finished with this node.
        func recordNested(_ key: String?) -> Node {
            let child = Node()
            parts.append(.node(child))
            if let key { keys.append(key) }
            return child
        }

        func finish() -> [UInt8] {
            var out: [UInt8] = []
            func append(_ part: Part) {
                switch part {
                case .range(let range):
                    CanonicalBytes.length(range.count, into: &out)
                    out.append(contentsOf: buffer[range])
                case .node(let node):
                    let bytes = node.finish()
                    CanonicalBytes.length(bytes.count, into: &out)
                    out.append(contentsOf: bytes)
                }
            }
            switch kind {
            case .empty:
                out = [UInt8(ascii: "E")]
            case .single:
                guard let part = parts.first else { return [UInt8(ascii: "E")] }
                switch part {
                case .range(let range): out = Array(buffer[range])
                case .node(let node): out = node.finish()
                }
            case .unkeyed:
                out.append(UInt8(ascii: "U"))
                CanonicalBytes.length(parts.count, into: &out)
                for part in parts { append(part) }
            case .keyed:
                out.append(UInt8(ascii: "K"))
                CanonicalBytes.length(parts.count, into: &out)
                // Stable: a key written twice keeps its order.
                for index in keys.indices.sorted(by: { (keys[$0], $0) < (keys[$1], $1) }) {
                    CanonicalBytes.string(keys[index], into: &out)
                    append(parts[index])
                }
            }
            guard out.count > CanonicalBytes.digestAbove else { return out }
            var hash = SHA256()
            hash.update(out)
            return [UInt8(ascii: "H")] + Array(hash.hexDigest().utf8)
        }
    }

    static func length(_ count: Int, into out: inout [UInt8]) {
        var value = UInt64(count)
        repeat {
            out.append(UInt8(value & 0x7f) | (value > 0x7f ? 0x80 : 0))
            value >>= 7
        } while value > 0
    }

    static func string(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "S"))
        var text = text
        text.withUTF8 { bytes in
            length(bytes.count, into: &out)
            out.append(contentsOf: bytes)
        }
    }

    static func integer<Value: FixedWidthInteger>(_ value: Value, into out: inout [UInt8]) {
        if Value.isSigned {
            out.append(UInt8(ascii: "I"))
            withUnsafeBytes(of: Int64(value).littleEndian) { out.append(contentsOf: $0) }
        } else {
            out.append(UInt8(ascii: "W"))
            withUnsafeBytes(of: UInt64(value).littleEndian) { out.append(contentsOf: $0) }
        }
    }

    static func real(_ value: Double, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "D"))
        withUnsafeBytes(of: value.bitPattern.littleEndian) { out.append(contentsOf: $0) }
    }

    static func bool(_ value: Bool, into out: inout [UInt8]) {
        out.append(UInt8(ascii: value ? "T" : "F"))
    }

    static func null(into out: inout [UInt8]) {
        out.append(UInt8(ascii: "N"))
    }
}

private struct NodeEncoder: Encoder {
    let node: CanonicalBytes.Node
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ node: CanonicalBytes.Node) { self.node = node }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.become(.keyed)
        return KeyedEncodingContainer(KeyedContainer(node: node))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.become(.unkeyed)
        return UnkeyedContainer(node: node)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        node.become(.single)
        return SingleContainer(node: node)
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: CanonicalBytes.Node
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) { node.record(key.stringValue) { CanonicalBytes.null(into: &$0) } }
    mutating func encode(_ value: Bool, forKey key: Key) {
        node.record(key.stringValue) { CanonicalBytes.bool(value, into: &$0) }
    }
    mutating func encode(_ value: String, forKey key: Key) {
        node.record(key.stringValue) { CanonicalBytes.string(value, into: &$0) }
    }
    mutating func encode(_ value: Double, forKey key: Key) {
        node.record(key.stringValue) { CanonicalBytes.real(value, into: &$0) }
    }
    mutating func encode(_ value: Float, forKey key: Key) {
        node.record(key.stringValue) { CanonicalBytes.real(Double(value), into: &$0) }
    }
    mutating func encode(_ value: Int, forKey key: Key) {
        node.record(key.stringValue) { CanonicalBytes.integer(value, into: &$0) }
    }
    mutating func encode(_ value: Int8, forKey key: Key) {
        node.record(key.stringValue) { CanonicalBytes.integer(value, into: &$0) }
    }
    mutating func encode(_ value: Int16, forKey key: Key) {
        node.record(key.stringValue) { CanonicalBytes.integer(value, into: &$0) }
    }
    mutating func encode(_ value: Int32, forKey key: Key) {
        node.record(key.stringValue) { CanonicalBytes.integer(value, into: &$0) }
    }
    mutating func encode(_ value: Int64, forKey key: Key) {
        node.record(key.stringValue) { CanonicalBytes.integer(value, into: &$0) }
    }
    mutating func encode(_ value: UInt, forKey key: Key) {
        node.record(key.stringValue) { CanonicalBytes.integer(value, into: &$0) }
    }
    mutating func encode(_ value: UInt8, forKey key: Key) {
        node.record(key.stringValue) { CanonicalBytes.integer(value, into: &$0) }
    }
    mutating func encode(_ value: UInt16, forKey key: Key) {
        node.record(key.stringValue) { CanonicalBytes.integer(value, into: &$0) }
    }
    mutating func encode(_ value: UInt32, forKey key: Key) {
        node.record(key.stringValue) { CanonicalBytes.integer(value, into: &$0) }
    }
    mutating func encode(_ value: UInt64, forKey key: Key) {
        node.record(key.stringValue) { CanonicalBytes.integer(value, into: &$0) }
    }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try node.record(key.stringValue, value: value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        NodeEncoder(node.recordNested(key.stringValue)).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        NodeEncoder(node.recordNested(key.stringValue)).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { NodeEncoder(node.recordNested("super")) }

    mutating func superEncoder(forKey key: Key) -> any Encoder { NodeEncoder(node.recordNested(key.stringValue)) }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let node: CanonicalBytes.Node
    var codingPath: [any CodingKey] { [] }
    var count: Int { node.parts.count }

    mutating func encodeNil() { node.record(nil) { CanonicalBytes.null(into: &$0) } }
    mutating func encode(_ value: Bool) { node.record(nil) { CanonicalBytes.bool(value, into: &$0) } }
    mutating func encode(_ value: String) { node.record(nil) { CanonicalBytes.string(value, into: &$0) } }
    mutating func encode(_ value: Double) { node.record(nil) { CanonicalBytes.real(value, into: &$0) } }
    mutating func encode(_ value: Float) { node.record(nil) { CanonicalBytes.real(Double(value), into: &$0) } }
    mutating func encode(_ value: Int) { node.record(nil) { CanonicalBytes.integer(value, into: &$0) } }
    mutating func encode(_ value: Int8) { node.record(nil) { CanonicalBytes.integer(value, into: &$0) } }
    mutating func encode(_ value: Int16) { node.record(nil) { CanonicalBytes.integer(value, into: &$0) } }
    mutating func encode(_ value: Int32) { node.record(nil) { CanonicalBytes.integer(value, into: &$0) } }
    mutating func encode(_ value: Int64) { node.record(nil) { CanonicalBytes.integer(value, into: &$0) } }
    mutating func encode(_ value: UInt) { node.record(nil) { CanonicalBytes.integer(value, into: &$0) } }
    mutating func encode(_ value: UInt8) { node.record(nil) { CanonicalBytes.integer(value, into: &$0) } }
    mutating func encode(_ value: UInt16) { node.record(nil) { CanonicalBytes.integer(value, into: &$0) } }
    mutating func encode(_ value: UInt32) { node.record(nil) { CanonicalBytes.integer(value, into: &$0) } }
    mutating func encode(_ value: UInt64) { node.record(nil) { CanonicalBytes.integer(value, into: &$0) } }
    mutating func encode<T: Encodable>(_ value: T) throws { try node.record(nil, value: value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        NodeEncoder(node.recordNested(nil)).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        NodeEncoder(node.recordNested(nil)).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { NodeEncoder(node.recordNested(nil)) }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let node: CanonicalBytes.Node
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() { node.record(nil) { CanonicalBytes.null(into: &$0) } }
    mutating func encode(_ value: Bool) { node.record(nil) { CanonicalBytes.bool(value, into: &$0) } }
    mutating func encode(_ value: String) { node.record(nil) { CanonicalBytes.string(value, into: &$0) } }
    mutating func encode(_ value: Double) { node.record(nil) { CanonicalBytes.real(value, into: &$0) } }
    mutating func encode(_ value: Float) { node.record(nil) { CanonicalBytes.real(Double(value), into: &$0) } }
    mutating func encode(_ value: Int) { node.record(nil) { CanonicalBytes.integer(value, into: &$0) } }
    mutating func encode(_ value: Int8) { node.record(nil) { CanonicalBytes.integer(value, into: &$0) } }
    mutating func encode(_ value: Int16) { node.record(nil) { CanonicalBytes.integer(value, into: &$0) } }
    mutating func encode(_ value: Int32) { node.record(nil) { CanonicalBytes.integer(value, into: &$0) } }
    mutating func encode(_ value: Int64) { node.record(nil) { CanonicalBytes.integer(value, into: &$0) } }
    mutating func encode(_ value: UInt) { node.record(nil) { CanonicalBytes.integer(value, into: &$0) } }
    mutating func encode(_ value: UInt8) { node.record(nil) { CanonicalBytes.integer(value, into: &$0) } }
    mutating func encode(_ value: UInt16) { node.record(nil) { CanonicalBytes.integer(value, into: &$0) } }
    mutating func encode(_ value: UInt32) { node.record(nil) { CanonicalBytes.integer(value, into: &$0) } }
    mutating func encode(_ value: UInt64) { node.record(nil) { CanonicalBytes.integer(value, into: &$0) } }
    mutating func encode<T: Encodable>(_ value: T) throws { try node.record(nil, value: value) }
}
