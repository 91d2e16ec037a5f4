import Foundation
import TwinLinkDomain

/// Pretty JSON with sorted keys and a final newline: the same value gives the same bytes.
enum StableJSON {
    static func encode(_ value: some Encodable) -> Data {
        // Only plain structs of strings, numbers and arrays are encoded here: this cannot fail.
        var data = try! JSONEncoder.stable.encode(value)
        data.append(0x0A)
        return data
    }
}

/// Times as ISO 8601 in UTC with seconds, as the documents write them.
enum JSONTime {
    static func text(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}
