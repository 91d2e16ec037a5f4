import Foundation
import Testing
import TwinLinkAllocation
import TwinLinkDomain
import TwinLinkImport

/// `online_meetings` in `regulations.yaml`: the rules for firms that apply to an event's online
/// meeting alone — the programme's eligibility and deadlines, the meeting's own seats, no travel
/// costs, a fee only where the regulations set one.
@Suite("Regulations: online meetings")
struct OnlineMeetingRegulationsTests {
    static let intro = Identifier<Activity>(trusted: "intro-ev-2027-05-nuremberg-forum")
    static let visit = Identifier<Activity>(trusted: "visit-ev-2027-05-nuremberg-forum")

    static func problems(_ text: String) -> [String] {
        do {
            _ = try RegulationsFileReader().read(text, file: "regulations.yaml")
            return []
        } catch {
            return error.issues.map(\.description)
        }
    }

    @Test("without the section, online meetings take no applications; visits are unchanged")
    func absent() throws {
        let regulations = try RegulationsFileReader().read(
            RegulationsFileReaderTests.minimal, file: "regulations.yaml")
        #expect(regulations.onlineMeetings == nil)
        #expect(regulations.rules(for: Self.intro, kind: .onlineIntroduction) == nil)
        #expect(regulations.rules(for: Self.visit, kind: .outgoingStudyVisit) == regulations.defaults)
        #expect(regulations.rules(for: Self.visit, kind: .businessMeetings) == nil)
    }

    @Test("the section: own seats, the programme's eligibility and deadlines, no travel, no acknowledgement")
    func noFee() throws {
        let text =
            RegulationsFileReaderTests.minimal + """
                eligibility:
                  size_classes: [micro, small]
                online_meetings:
                  capacity:
                    seats: 3

                """
        let regulations = try RegulationsFileReader().read(text, file: "regulations.yaml")
        let online = try #require(regulations.rules(for: Self.intro, kind: .onlineIntroduction))
        #expect(online.capacity == CapacityRules(seats: 3))
        #expect(online.eligibility == regulations.defaults.eligibility)
        #expect(online.deadlines == regulations.defaults.deadlines)
        #expect(online.costs.perDelegate == .euros(0))
        #expect(!online.costs.acknowledgementRequired)
        // The visits keep theirs.
        #expect(regulations.defaults.capacity.seats == 12)
        #expect(regulations.defaults.costs.perDelegate == .euros(1030_00))
    }

    @Test("a fee is acknowledged like visit costs; an online meeting's override layers over the section")
    func feeAndOverride() throws {
        let text =
            RegulationsFileReaderTests.minimal + """
                online_meetings:
                  capacity:
                    seats: 20
                  costs:
                    fees: "25.00 EUR"
                activities:
                  intro-ev-2027-05-nuremberg-forum:
                    capacity:
                      seats: 4

                """
        let regulations = try RegulationsFileReader().read(text, file: "regulations.yaml")
        let general = try #require(regulations.onlineMeetings)
        #expect(general.costs.fees == .euros(25_00) && general.costs.travel == .euros(0))
        #expect(general.costs.acknowledgementRequired)
        let forum = try #require(regulations.rules(for: Self.intro, kind: .onlineIntroduction))
        #expect(forum.capacity.seats == 4)
        #expect(forum.costs == general.costs)
        let other = Identifier<Activity>(trusted: "follow-up-ev-2027-05-nuremberg-forum")
        #expect(regulations.rules(for: other, kind: .onlineFollowUp)?.capacity.seats == 20)
    }

    @Test("travel costs and a missing capacity are refused at their line")
    func mistakes() {
        let travel = Self.problems(
            RegulationsFileReaderTests.minimal + """
                online_meetings:
                  capacity:
                    seats: 5
                  costs:
                    travel: "10.00 EUR"

                """)
        #expect(
            travel == [
                "regulations.yaml:17: field 'online_meetings.costs.travel' value '10.00 EUR': an online meeting has "
                    + "no travel costs; expected only fees (and acknowledgement_required)"
            ])
        let seats = Self.problems(
            RegulationsFileReaderTests.minimal + """
                online_meetings:
                  costs:
                    fees: "0.00 EUR"

                """)
        #expect(seats.count == 1)
        #expect(
            seats.first?.hasPrefix("regulations.yaml:13: field 'online_meetings.capacity' value '': required key")
                == true)
        let unknown = Self.problems(
            RegulationsFileReaderTests.minimal + """
                online_meetings:
                  capacity:
                    seats: 5
                  branches: []

                """)
        #expect(unknown.count == 1)
        #expect(unknown.first?.contains("'online_meetings.branches'") == true)
    }
}
