import Foundation
import Testing
import TwinLinkAllocation
import TwinLinkDomain
import TwinLinkLocalization

/// What the allocation tells a firm is a message: rendered in every language of the project, it
/// leaves no English behind, fills every placeholder, and counts as each language counts.
@Suite("Allocation explanations in every language")
struct AllocationLanguageTests {
    static let languages = ["pl", "cs", "sk", "hu", "de", "uk"]

    /// Decisions of every kind: seats by score and by reservation, partly seated, waitlisted for
    /// taken, kept, shared and reserved seats, overrides, withdrawal, and the size checks.
    static func decisions() -> [ApplicationDecision] {
        let scored = SeatAllocatorTests.scored
        let byWeeks = SeatAllocatorTests.byWeeks
        var all: [ApplicationDecision] = []
        let plain = [10, 9, 8, 7, 6].enumerated().map { scored("f\($0.offset)", $0.element, 20, ["62.01"], 1) }
        all +=
            SeatAllocator().allocateSeats(for: Build.input(plain, rules: Build.rules(seats: 3, priority: byWeeks)))
            .decisions
        var reserved = plain
        reserved.append(scored("micro", 5, 3, ["62.01"], 1))
        all +=
            SeatAllocator().allocateSeats(
                for: Build.input(
                    reserved,
                    rules: Build.rules(
                        seats: 3, reserved: [ReservedSeats(name: "micro-firms", firms: Build.micro, seats: 1)],
                        unused: .keepEmpty, priority: byWeeks))
            ).decisions
        let shared = [
            scored("it1", 10, 20, ["62.01"], 1), scored("it2", 9, 20, ["62.01"], 1),
            scored("it3", 8, 20, ["62.01"], 1), scored("food", 5, 20, ["10.71"], 1),
        ]
        all +=
            SeatAllocator().allocateSeats(
                for: Build.input(
                    shared,
                    rules: Build.rules(
                        seats: 4,
                        shares: [
                            MaximumShare(name: "it", firms: FirmSelector(sectors: [Build.nace("62")]), percent: 50)
                        ],
                        priority: byWeeks))
            ).decisions
        let pairs = [
            scored("a", 10, 20, ["62.01"], 2), scored("b", 9, 20, ["62.01"], 1), scored("c", 8, 20, ["62.01"], 2),
            scored("large", 7, 400, ["62.01"], 1),
        ]
        all +=
            SeatAllocator().allocateSeats(for: Build.input(pairs, rules: Build.rules(seats: 3, priority: byWeeks)))
            .decisions
        all +=
            SeatAllocator().allocateSeats(
                for: Build.input(pairs, rules: Build.rules(seats: 5, delegatesMax: 1, priority: byWeeks))
            ).decisions
        let at = Build.instant("2026-12-02T09:00:00+01:00")
        var withdrawn = [
            scored("x", 10, 20, ["62.01"], 1), scored("y", 9, 20, ["62.01"], 1), scored("z", 2, 20, ["62.01"], 1),
        ]
        withdrawn[1].withdrawal = Withdrawal(at: at, recordedBy: "Ewa Nowak", reason: "illness")
        let overrides = [
            ManualOverride(
                applicationID: Identifier(trusted: "app-z"), action: .accept(seats: 1), actor: "Ewa Nowak",
                reason: "speaker at the forum", at: at),
            ManualOverride(
                applicationID: Identifier(trusted: "app-x"), action: .reject, actor: "Ewa Nowak", reason: "unpaid fees",
                at: at),
        ]
        all +=
            SeatAllocator().allocateSeats(
                for: Build.input(withdrawn, rules: Build.rules(seats: 1, priority: byWeeks), overrides: overrides)
            ).decisions
        return all
    }

    @Test("every decision, failed check and score line renders in each language with no English left")
    func noEnglishLeft() throws {
        let decisions = Self.decisions()
        let english = MessageRenderer(CatalogueSet.shippedCatalogue("en"))
        var messages: [Message] = []
        for decision in decisions {
            messages.append(try #require(decision.message, "\(decision.applicationID) has no message"))
            messages += try decision.failedChecks.map { try #require($0.message) }
            messages += try (decision.score?.components ?? []).map { try #require($0.message) }
        }
        let reasons = Set(decisions.map(\.reason))
        for expected in [
            ReasonCode.accepted, .acceptedPartly, .acceptedReserved, .acceptedByOverride, .seatsTaken, .seatsReserved,
            .maximumShareReached, .rejectedByOverride, .withdrawn, .notSME,
        ] {
            #expect(reasons.contains(expected), "no decision with \(expected)")
        }
        // The English sentence the store keeps is the English rendering of the message.
        for decision in decisions {
            #expect(english.render(decision.message!) == decision.explanation)
        }
        for language in Self.languages {
            let words = MessageRenderer(CatalogueSet.shippedCatalogue(language))
            for message in messages {
                let own = words.render(message)
                let theirs = english.render(message)
                #expect(
                    !own.contains("{") && !own.contains("[alloc_") && !own.contains("[score_"), "\(language): \(own)")
                for phrase in Self.phrases(theirs) {
                    #expect(!own.contains(phrase), "\(language): English '\(phrase)' left in: \(own)")
                }
            }
        }
    }

    @Test(
        "seats are counted as each language counts: 1, 2, 5 and 22",
        arguments: [
            ("en", ["1 seat", "2 seats", "5 seats", "22 seats"]),
            ("pl", ["1 miejsce", "2 miejsca", "5 miejsc", "22 miejsca"]),
            ("cs", ["1 místo", "2 místa", "5 míst", "22 míst"]),
            ("sk", ["1 miesto", "2 miesta", "5 miest", "22 miest"]),
            ("hu", ["1 hely", "2 hely", "5 hely", "22 hely"]),
            ("de", ["1 Platz", "2 Plätze", "5 Plätze", "22 Plätze"]),
            ("uk", ["1 місце", "2 місця", "5 місць", "22 місця"]),
        ])
    func plurals(language: String, expected: [String]) {
        let words = MessageRenderer(CatalogueSet.shippedCatalogue(language))
        #expect([1, 2, 5, 22].map { words.render(Message.seats($0)) } == expected)
    }

    @Test("a decision stored before messages is still read, and shows its English sentence in every language")
    func storedBeforeMessages() throws {
        let decision = try #require(Self.decisions().first)
        var object = try #require(
            JSONSerialization.jsonObject(with: JSONEncoder().encode(decision)) as? [String: Any])
        object["message"] = nil
        var checks = try #require(object["failedChecks"] as? [[String: Any]])
        for index in checks.indices { checks[index]["message"] = nil }
        object["failedChecks"] = checks
        let old = try JSONDecoder().decode(
            ApplicationDecision.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(old.message == nil)
        #expect(old.explanation(in: MessageRenderer(CatalogueSet.shippedCatalogue("pl"))) == decision.explanation)
        #expect(
            decision.explanation(in: MessageRenderer(CatalogueSet.shippedCatalogue("pl"))) != decision.explanation)
    }

    /// English runs of three words or more between the names and numbers of a sentence.
    static func phrases(_ text: String) -> [String] {
        text.components(separatedBy: CharacterSet(charactersIn: "():;,.'0123456789€"))
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { phrase in
                // What the coordinator wrote stays as written in every language.
                phrase.split(separator: " ").count >= 3
                    && !["Ewa Nowak", "speaker at the forum", "unpaid fees", "illness"].contains { phrase.contains($0) }
            }
    }
}
