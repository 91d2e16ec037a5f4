import Foundation
import Testing
import TwinLinkMeetingScheduler

/// The standalone JSON formats: instance in, schedule out.
@Suite struct JSONFormatTests {
    @Test func anInstanceSurvivesARoundTrip() throws {
        let instance = try Fixture.brokerageExample()
        let written = MeetingInstanceJSON.encode(instance)
        #expect(try MeetingInstanceJSON.decode(written) == instance)
        #expect(MeetingInstanceJSON.encode(try MeetingInstanceJSON.decode(written)) == written)
    }

    @Test func theExampleScheduleMatchesItsGoldenFile() throws {
        let schedule = try MeetingScheduler.schedule(try Fixture.brokerageExample())
        let written = MeetingScheduleJSON.encode(schedule)
        let golden = try Fixture.data("brokerage-example-schedule.json")
        #expect(String(decoding: written, as: UTF8.self) == String(decoding: golden, as: UTF8.self))
    }

    @Test func theScheduleDocumentCarriesTheBoundAndEveryMeeting() throws {
        let schedule = try MeetingScheduler.schedule(try Fixture.brokerageExample())
        let document = try #require(
            try JSONSerialization.jsonObject(with: MeetingScheduleJSON.encode(schedule)) as? [String: Any])
        let bound = try #require(document["bound"] as? [String: Any])
        #expect(bound["upper_bound"] as? Int == 14)
        #expect(bound["weight"] as? Int == 14)
        #expect(bound["gap"] as? Int == 0)
        #expect((document["meetings"] as? [Any])?.count == schedule.meetings.count)
        #expect((document["agendas"] as? [Any])?.count == schedule.instance.participants.count)
        #expect(document["format"] as? String == MeetingScheduleJSON.scheduleFormat)
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        let instance = try Fixture.brokerageExample()
        let options = MeetingSchedulerOptions(seed: 7)
        #expect(
            MeetingScheduleJSON.encode(try MeetingScheduler.schedule(instance, options: options))
                == MeetingScheduleJSON.encode(try MeetingScheduler.schedule(instance, options: options)))
    }

    struct BadDocument: CustomTestStringConvertible, Sendable {
        let name: String
        let json: String
        let path: String
        let problem: String

        var testDescription: String { name }
    }

    static let badDocuments: [BadDocument] = [
        BadDocument(
            name: "not JSON", json: "{\n  \"participants\": [,]\n}", path: "$", problem: "(line 2, column"),
        BadDocument(
            name: "unknown field",
            json: #"{"participants": [], "slots": [], "tables": [], "requests": [], "extra": 1}"#,
            path: "$.extra", problem: "unknown field"),
        BadDocument(
            name: "missing list", json: #"{"participants": [], "slots": [], "tables": []}"#, path: "$.requests",
            problem: "missing"),
        BadDocument(
            name: "cap as a string",
            json: #"{"participants": [{"id": "a", "max_meetings": "2"}], "slots": [], "tables": [], "requests": []}"#,
            path: "$.participants[0].max_meetings", problem: "expected an integer, found a string"),
        BadDocument(
            name: "fractional weight",
            json:
                #"{"participants": [], "slots": [], "tables": [], "requests": [{"id": "r", "a": "x", "b": "y", "weight": 2.5}]}"#,
            path: "$.requests[0].weight", problem: "expected an integer"),
        BadDocument(
            name: "time without offset",
            json:
                #"{"participants": [], "slots": [{"id": "s", "start": "2026-06-10T09:00:00", "end": "2026-06-10T09:20:00Z"}], "tables": [], "requests": []}"#,
            path: "$.slots[0].start", problem: "UTC offset"),
        BadDocument(
            name: "unknown participant",
            json:
                #"{"participants": [{"id": "a"}], "slots": [], "tables": [], "requests": [{"id": "r", "a": "a", "b": "zz", "weight": 1}]}"#,
            path: "$.requests[0].b", problem: "unknown participant id"),
        BadDocument(
            name: "wrong version",
            json: #"{"version": 2, "participants": [], "slots": [], "tables": [], "requests": []}"#,
            path: "$.version", problem: "version 1 only"),
    ]

    @Test(arguments: badDocuments)
    func aBadDocumentIsRefusedWithItsPath(_ document: BadDocument) {
        let error = #expect(throws: MeetingInstanceError.self) {
            try MeetingInstanceJSON.decode(Data(document.json.utf8))
        }
        let issues = error?.issues ?? []
        #expect(
            issues.contains { $0.path == document.path && $0.problem.contains(document.problem) },
            "got \(issues.map(\.description))")
    }

    @Test func optionalFieldsTakeTheirDefaults() throws {
        let json = #"""
            {"participants": [{"id": "a"}, {"id": "b"}],
             "slots": [{"id": "s1", "start": "2026-06-10T09:00:00+02:00", "end": "2026-06-10T09:20:00+02:00"}],
             "tables": [{"id": "t"}], "requests": [{"id": "r", "a": "a", "b": "b", "weight": 2}]}
            """#
        let instance = try MeetingInstanceJSON.decode(Data(json.utf8))
        #expect(instance.participants[0].name == "a")
        #expect(instance.participants[0].maximumMeetings == 1)
        #expect(instance.participants[0].unavailableSlotIDs.isEmpty)
        #expect(instance.tables[0].name == "t")
        #expect(instance.lockedMeetings.isEmpty)
        #expect(instance.requests[0].requestedBy == nil)
        #expect(instance.slots[0].start == Date(timeIntervalSince1970: 1_781_074_800))
    }
}
