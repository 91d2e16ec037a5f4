import Foundation
import TwinLinkDocuments
import TwinLinkDomain
import TwinLinkImport
import TwinLinkLocalization
import TwinLinkTestSupport

/// The study visit to the Nuremberg–Kraków Business Forum 2027 from the fixtures, with a
/// hand-chosen delegation of four firms and a small 1:1 schedule: the input of the golden packs.
///
/// The activities copy what the planner makes for the event (`twinlink run fixtures`), so that the
/// packs show real agenda items, zones and join links without depending on the planning module.
enum NurembergForumPack {
    static let eventID = Identifier<MutualEvent>(trusted: "ev-2027-05-nuremberg-forum")
    static let berlin = TimeZoneID(rawValue: "Europe/Berlin")!
    static let warsaw = TimeZoneID(rawValue: "Europe/Warsaw")!

    static func registry() throws -> Registry {
        try RegistryReader().read(directory: URL(fileURLWithPath: RepositoryPaths.fixtures), displayPath: "fixtures")
    }

    static func instant(_ utc: String, _ zone: TimeZoneID) -> ZonedInstant {
        ZonedInstant(instant: ZonedInstant.parseInstant(utc)!, zone: zone)
    }

    static let venue = Venue(
        name: "Historischer Rathaussaal", address: "Rathausplatz 2, 90403 Nürnberg, Germany",
        location: GeoPoint(latitude: 49.4543, longitude: 11.0775))

    static let visit = Activity(
        id: Activity.plannedID(.outgoingStudyVisit, for: eventID), eventID: eventID, kind: .outgoingStudyVisit,
        title: "Study visit to Nuremberg: Nuremberg–Kraków Business Forum 2027",
        start: instant("2027-05-02T22:00:00Z", berlin), end: instant("2027-05-06T22:00:00Z", berlin),
        partnerCityID: Identifier(trusted: "nuremberg"), venue: venue,
        agenda: [
            AgendaItem(
                start: instant("2027-05-03T13:00:00Z", berlin), end: instant("2027-05-03T16:00:00Z", berlin),
                title: "Arrival and hotel check-in", message: Message("engine_agenda_arrival")),
            AgendaItem(
                start: instant("2027-05-03T17:00:00Z", berlin), end: instant("2027-05-03T19:00:00Z", berlin),
                title: "Welcome evening with the partner city", message: Message("engine_agenda_welcome_evening")),
            AgendaItem(
                start: instant("2027-05-04T07:00:00Z", berlin), end: instant("2027-05-04T15:30:00Z", berlin),
                title: "Nuremberg–Kraków Business Forum 2027"),
            AgendaItem(
                start: instant("2027-05-04T11:00:00Z", berlin), end: instant("2027-05-04T15:00:00Z", berlin),
                title: "1:1 business meetings", message: Message("engine_agenda_business_meetings")),
            AgendaItem(
                start: instant("2027-05-05T07:00:00Z", berlin), end: instant("2027-05-05T15:30:00Z", berlin),
                title: "Nuremberg–Kraków Business Forum 2027"),
            AgendaItem(
                start: instant("2027-05-06T07:00:00Z", berlin), end: instant("2027-05-06T09:00:00Z", berlin),
                title: "Debrief with the coordinator, then departure", message: Message("engine_agenda_debrief")),
        ],
        titleMessage: Message(
            "engine_title_study_visit",
            ["place": .verbatim("Nuremberg"), "event": .verbatim("Nuremberg–Kraków Business Forum 2027")]))

    /// What the planner puts in an online meeting's title.
    static let onlineArguments: [String: Message.Argument] = [
        "event": .verbatim("Nuremberg–Kraków Business Forum 2027"), "home": .verbatim("Kraków"),
        "partners": .verbatim("Nuremberg"),
    ]

    static let introduction = Activity(
        id: Activity.plannedID(.onlineIntroduction, for: eventID), eventID: eventID, kind: .onlineIntroduction,
        title: "Online introduction: Nuremberg–Kraków Business Forum 2027 — Kraków and Nuremberg",
        start: instant("2027-04-12T07:00:00Z", warsaw), end: instant("2027-04-12T08:00:00Z", warsaw),
        partnerCityID: Identifier(trusted: "nuremberg"),
        joinURL: "https://meet.jit.si/TwinLink-34emi6aprqkxmcjnbuwv6mvjhy",
        titleMessage: Message("engine_title_online_introduction", onlineArguments))

    static let followUp = Activity(
        id: Activity.plannedID(.onlineFollowUp, for: eventID), eventID: eventID, kind: .onlineFollowUp,
        title: "Online follow-up: Nuremberg–Kraków Business Forum 2027 — Kraków and Nuremberg",
        start: instant("2027-05-26T07:00:00Z", warsaw), end: instant("2027-05-26T08:00:00Z", warsaw),
        partnerCityID: Identifier(trusted: "nuremberg"),
        joinURL: "https://meet.jit.si/TwinLink-5a3itmzy3q7zid2tvr4yh3p4ct",
        titleMessage: Message("engine_title_online_follow_up", onlineArguments))

    static let businessMeetings = Activity(
        id: Activity.plannedID(.businessMeetings, for: eventID), eventID: eventID, kind: .businessMeetings,
        title: "1:1 business meetings: Nuremberg–Kraków Business Forum 2027",
        start: instant("2027-05-04T11:00:00Z", berlin), end: instant("2027-05-04T15:00:00Z", berlin), venue: venue,
        titleMessage: Message(
            "engine_title_business_meetings", ["event": .verbatim("Nuremberg–Kraków Business Forum 2027")]))

    static var activities: [Activity] { [visit, introduction, followUp, businessMeetings] }

    /// Four accepted firms: two with both delegates seated, one with one of its two, one alone.
    static let decisions: [AllocationDecision] =
        [
            ("app-0117", 2), ("app-0107", 1), ("app-0094", 1), ("app-0110", 2),
        ].map { application, seats in
            AllocationDecision(
                runID: Identifier(trusted: "run-ev-2027-05-nuremberg-forum-1"),
                applicationID: Identifier(trusted: application),
                outcome: .accepted(seats: seats), reasonCode: "accepted", explanation: "Accepted")
        } + [
            AllocationDecision(
                runID: Identifier(trusted: "run-ev-2027-05-nuremberg-forum-1"),
                applicationID: Identifier(trusted: "app-0098"),
                outcome: .rejected, reasonCode: "no_consent", explanation: "No consent to share the profile")
        ]

    /// Seven meetings in three 20-minute slots at three tables.
    static let schedule: [ScheduledMeeting] = [
        ("mr-0158", "2027-05-04T11:00:00Z", "Table 1"), ("mr-0144", "2027-05-04T11:00:00Z", "Table 2"),
        ("mr-0154", "2027-05-04T11:00:00Z", "Table 3"), ("mr-0179", "2027-05-04T11:20:00Z", "Table 1"),
        ("mr-0159", "2027-05-04T11:20:00Z", "Table 2"), ("mr-0155", "2027-05-04T11:40:00Z", "Table 3"),
        ("mr-0181", "2027-05-04T11:40:00Z", "Table 1"),
    ].map { request, start, table in
        let begin = ZonedInstant.parseInstant(start)!
        return ScheduledMeeting(
            activityID: businessMeetings.id, requestID: Identifier(trusted: request),
            start: ZonedInstant(instant: begin, zone: berlin),
            end: ZonedInstant(instant: begin.addingTimeInterval(20 * 60), zone: berlin), table: table)
    }

    static let costs = DelegateCosts(
        items: [
            .init(.travel, .euros(18_000)), .init(.accommodation, .euros(33_000)), .init(.fees, .euros(4_500)),
        ],
        cityPaysFor: [
            "Hall and technical service at the Historischer Rathaussaal",
            "German–Polish interpreters at the 1:1 meetings",
            "Preparation of the matchmaking and of these briefing packs",
        ])

    /// The rules as the application writes them (`WriteBriefingPacks.regulationLines`): messages
    /// that each document shows in its reader's language.
    static let regulations = [
        Message("engine_rule_seats", ["seats": .number(12), "default": .number(1), "max": .number(2)]),
        Message("engine_rule_sme"), Message("engine_rule_location"), Message("engine_rule_consent"),
        Message("engine_rule_information_material"),
        Message(
            "engine_rule_costs",
            [
                "total": .money(cents: 73_500, currency: "EUR"), "travel": .money(cents: 18_000, currency: "EUR"),
                "accommodation": .money(cents: 40_500, currency: "EUR"), "fees": .money(cents: 15_000, currency: "EUR"),
            ]),
    ]

    static let preparedOn = LocalDate(year: 2026, month: 12, day: 1)!

    static func input(registry: Registry? = nil) throws -> BriefingPackInput {
        try BriefingPackInput(
            registry: registry ?? self.registry(), activity: visit, decisions: decisions, schedule: schedule,
            activities: activities, costs: costs, regulations: regulations, preparedOn: preparedOn)
    }
}
