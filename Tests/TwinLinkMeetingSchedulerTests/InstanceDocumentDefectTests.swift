import Foundation
import Testing
import TwinLinkMeetingScheduler

/// Defects of the instance document that Foundation's JSON reader let through or hid (issue 13).
@Suite struct InstanceDocumentDefectTests {
    func issues(_ json: String) -> [MeetingInstanceIssue] {
        do {
            _ = try MeetingInstanceJSON.decode(Data(json.utf8))
            return []
        } catch {
            return error.issues
        }
    }

    static let slot = #"{"id": "s1", "start": "2026-06-10T09:00:00+02:00", "end": "2026-06-10T09:20:00+02:00"}"#

    @Test func aTrailingCommaIsRefusedWithItsPlace() {
        let inObject = issues("{\"participants\": [], \"slots\": [],\n \"tables\": [], \"requests\": [],\n}")
        #expect(inObject.map(\.path) == ["$"])
        #expect(inObject.first?.problem.contains("trailing comma") == true)
        #expect(inObject.first?.problem.contains("(line 3, column 1)") == true, "\(inObject)")
        let inArray = issues("{\"participants\": [{\"id\": \"a\"},], \"slots\": [], \"tables\": [], \"requests\": []}")
        #expect(inArray.first?.problem.contains("(line 1, column 31)") == true, "\(inArray)")
    }

    @Test func aRepeatedKeyIsRefusedNotSilentlyDropped() {
        let found = issues(
            #"{"participants": [{"id": "a", "max_meetings": 2, "max_meetings": 5}], "slots": [], "tables": [], "requests": []}"#
        )
        #expect(found.count == 1)
        #expect(found.first?.path == "$.participants[0].max_meetings")
        #expect(found.first?.problem.contains("appears twice") == true)
        #expect(found.first?.problem.contains("line 1, column 50") == true, "\(found)")
    }

    @Test(arguments: [
        "2027-02-30T09:00:00+01:00", "2026-06-10T19:09:61+02:00", "2026-13-01T09:00:00Z", "2026-06-10T24:00:00Z",
    ])
    func aDayOrTimeThatDoesNotExistIsRefused(_ start: String) {
        let json =
            #"{"participants": [], "slots": [{"id": "s", "start": ""# + start
            + #"", "end": "2027-03-10T09:20:00+01:00"}], "tables": [], "requests": []}"#
        let found = issues(json)
        #expect(found.map(\.path) == ["$.slots[0].start"], "\(found)")
    }

    @Test func aTruncatedDocumentGetsALineAndColumn() {
        let found = issues("{\n  \"participants\": [\n    {\"id\": \"a\"")
        #expect(found.count == 1)
        #expect(found.first?.problem.contains("truncated") == true)
        #expect(found.first?.problem.contains("(line 3, column 15)") == true, "\(found)")
    }

    /// An unknown field and a wrong type used to stop the reading: "1 problem" of seven.
    @Test func everyProblemIsListedNotOnlyTheFirstKind() {
        let json = """
            {"participants": [{"id": "a", "colour": "red"}, {"id": "b", "max_meetings": "two"}, {"id": "a"}],
             "slots": [\(Self.slot), {"id": "s2", "start": "2026-06-10T09:10:00+02:00", "end": "2026-06-10T09:30:00+02:00"}],
             "tables": [{"id": "t", "unavailable_slots": ["s9"]}],
             "requests": [{"id": "r1", "a": "a", "b": "zz", "weight": 2},
                          {"id": "r2", "a": "a", "b": "b", "weight": 7}]}
            """
        let found = issues(json)
        #expect(
            Set(found.map(\.path)) == [
                "$.participants[0].colour", "$.participants[1].max_meetings", "$.participants[2].id",
                "$.slots[1].start", "$.tables[0].unavailable_slots", "$.requests[0].b", "$.requests[1].weight",
            ], "\(found.map(\.description))")
        #expect(found.count == 7)
    }

    @Test func aRefusedRecordCausesNoKnockOnProblems() {
        let json = """
            {"participants": [{"id": "a"}, {"id": "b", "name": 5}],
             "slots": [{"id": "s1", "start": "2026-02-30T09:00:00+01:00", "end": "2026-06-10T09:20:00+02:00"}],
             "tables": [{"id": "t", "unavailable_slots": ["s1"]}],
             "requests": [{"id": "r", "a": "a", "b": "b", "weight": 2}]}
            """
        #expect(Set(issues(json).map(\.path)) == ["$.participants[1].name", "$.slots[0].start"])
    }
}
