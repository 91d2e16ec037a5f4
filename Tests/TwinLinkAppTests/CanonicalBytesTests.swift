import Foundation
import Testing
import TwinLinkDomain
import TwinLinkLocalization

@testable import TwinLinkApp

/// The document stages' fingerprints: one value, one byte form, whatever order a dictionary keeps
/// its keys in; different values, different bytes; large parts by their digest.
@Suite("Canonical bytes of a stage's inputs")
struct CanonicalBytesTests {
    struct Record: Codable, Equatable {
        var name: String
        var note: String?
        var scores: [String: Int]
        var tags: [[String]]
    }

    @Test("a dictionary gives the same bytes whatever order it keeps its keys in")
    func dictionaryOrder() {
        var small: [String: Int] = [:]
        var large: [String: Int] = [:]
        large.reserveCapacity(4096)
        let keys = (0..<200).map { "key-\($0)" }
        for key in keys { small[key] = key.count }
        for key in keys.reversed() { large[key] = key.count }
        // The two keep their keys in different orders, or the test would prove nothing.
        #expect(Array(small.keys) != Array(large.keys))
        #expect(CanonicalBytes.of(small) == CanonicalBytes.of(large))
        let record = Record(name: "a", note: nil, scores: small, tags: [])
        #expect(CanonicalBytes.of(record) == CanonicalBytes.of(Record(name: "a", note: nil, scores: large, tags: [])))
    }

    @Test("different values give different bytes, however they nest")
    func differentValues() {
        let base = Record(name: "firm", note: nil, scores: ["a": 1], tags: [["x"], ["y"]])
        var variants: [Record] = []
        var nested = base
        nested.tags = [["x", "y"]]
        variants.append(nested)
        var joined = base
        joined.tags = [["xy"]]
        variants.append(joined)
        var noted = base
        noted.note = ""
        variants.append(noted)
        var scored = base
        scored.scores = ["a": 2]
        variants.append(scored)
        var renamed = base
        renamed.scores = ["b": 1]
        variants.append(renamed)
        let bytes = Set(([base] + variants).map(CanonicalBytes.of))
        #expect(bytes.count == variants.count + 1)
        #expect(CanonicalBytes.of(base) == CanonicalBytes.of(base))
    }

    @Test("messages with arguments (enums with values) are told apart by every argument")
    func messages() {
        let one = Message("score_partner_interest", ["names": .list([.verbatim("A"), .verbatim("B")])], count: 2)
        let same = Message("score_partner_interest", ["names": .list([.verbatim("A"), .verbatim("B")])], count: 2)
        let other = Message("score_partner_interest", ["names": .list([.verbatim("A"), .verbatim("C")])], count: 2)
        let counted = Message("score_partner_interest", ["names": .list([.verbatim("A"), .verbatim("B")])], count: 3)
        #expect(CanonicalBytes.of(one) == CanonicalBytes.of(same))
        #expect(CanonicalBytes.of(one) != CanonicalBytes.of(other))
        #expect(CanonicalBytes.of(one) != CanonicalBytes.of(counted))
    }

    @Test("a large value is held as its digest, and one changed character still changes it")
    func largeParts() {
        let text = String(repeating: "partner enterprise, ", count: 5_000)
        var changed = Array(text)
        changed[50_000] = "P"
        // The 100 KB text is held as "H" and its digest (65 bytes), with the key and the lengths.
        #expect(CanonicalBytes.of(text).first == UInt8(ascii: "H"))
        #expect(CanonicalBytes.of(text).count == 65)
        let bytes = CanonicalBytes.of(["names": [text]])
        #expect(bytes.count < 100)
        #expect(bytes != CanonicalBytes.of(["names": [String(changed)]]))
        #expect(bytes == CanonicalBytes.of(["names": [text]]))
    }
}
