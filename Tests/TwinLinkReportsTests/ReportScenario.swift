import Foundation
import TwinLinkDomain
import TwinLinkReports

/// A small programme whose every figure can be worked out by hand (the expected values in the
/// tests are derived in their comments): Kraków and Nuremberg, four local firms, an outgoing
/// visit with an online introduction, and an event at home with a session of 1:1 meetings.
///
/// - `sme-a` (micro, J): delegates p-a1 and p-a2; `sme-b` (small, C): p-b1; `sme-c` (medium
///   through a linked enterprise, C): p-c1, application withdrawn; `sme-d` (micro, J) never applies.
/// - ev-out's visit has allocation v2: app-1 (sme-a) and app-2 (sme-b) one seat each, so p-a2 has
///   no seat. ev-home has no allocation: its applications count with all their delegates.
/// - Meetings at ev-home: mr-1 (sme-a, pe-x) and mr-2 (sme-b, pe-x) scheduled, mr-3 (sme-b, pe-y) not.
enum ReportScenario {
    static let warsaw = TimeZoneID(rawValue: "Europe/Warsaw")!
    static let berlin = TimeZoneID(rawValue: "Europe/Berlin")!

    static func id<T>(_ text: String) -> Identifier<T> { Identifier(trusted: text) }
    static func day(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    static func instant(_ text: String, _ zone: TimeZoneID = warsaw) -> ZonedInstant {
        ZonedInstant(instant: try! LocalDateTime(iso: text)!.instant(in: zone.timeZone), zone: zone)
    }

    static func person(_ id: String, _ organisation: Organisation, name: String? = nil) -> Person {
        Person(
            id: Self.id(id), fullName: name ?? id, email: EmailAddress(rawValue: "\(id)@example.com")!,
            organisation: organisation)
    }

    static func firm(
        _ id: String, name: String? = nil, staff: Int, turnover: Int64, sector: String, contact: String
    ) -> LocalEnterprise {
        LocalEnterprise(
            id: Self.id(id), legalName: name ?? "\(id) sp. z o.o.", registrationNumber: "0000000000",
            address: "ul. Testowa 1", postcode: "31-000", staffHeadcount: staff,
            annualTurnover: .euros(turnover * 100), balanceSheetTotal: .euros(turnover * 100),
            sectors: [NACECode(rawValue: sector)!], offer: "offer", languages: [.english], profileConsent: true,
            contactPersonID: Self.id(contact))
    }

    static func registry(firmName: String? = nil) -> Registry {
        let programme = Programme(
            name: "Test Programme",
            homeCity: HomeCity(
                name: "Kraków", country: CountryCode(rawValue: "PL")!,
                timeZone: warsaw, postcodes: [PostcodePattern(rawValue: "31-*")!]),
            coordinatingUnit: "Economic Development",
            organiser: Organiser(
                name: "Office", email: EmailAddress(rawValue: "office@example.com")!), referenceDate: day("2026-12-01"))
        let nuremberg = PartnerCity(
            id: id("nuremberg"), name: "Nuremberg", country: CountryCode(rawValue: "DE")!, timeZone: berlin,
            languages: [.english], contactPersonID: id("p-city"))
        return Registry(
            programme: programme, partnerCities: [nuremberg],
            enterprises: [
                firm("sme-a", name: firmName, staff: 5, turnover: 1_000_000, sector: "62.01", contact: "p-a1"),
                firm("sme-b", staff: 20, turnover: 3_000_000, sector: "25.62", contact: "p-b1"),
                firm("sme-c", staff: 40, turnover: 8_000_000, sector: "10.71", contact: "p-c1"),
                firm("sme-d", staff: 2, turnover: 100_000, sector: "62.02", contact: "p-d1"),
            ],
            enterpriseLinks: [
                EnterpriseLink(
                    id: id("link-c"), enterpriseID: id("sme-c"), name: "Parent", relationship: .linked,
                    shareBasisPoints: 10_000, staffHeadcount: 30, annualTurnover: .euros(1_000_000_00),
                    balanceSheetTotal: .euros(1_000_000_00))
            ],
            partnerEnterprises: [
                PartnerEnterprise(
                    id: id("pe-x"), partnerCityID: id("nuremberg"), name: "X GmbH", sectors: [], offer: "x",
                    languages: [.english], contactPersonID: id("p-x")),
                PartnerEnterprise(
                    id: id("pe-y"), partnerCityID: id("nuremberg"), name: "Y GmbH", sectors: [], offer: "y",
                    languages: [.english], contactPersonID: id("p-y")),
            ],
            people: [
                person("p-a1", .localEnterprise(id("sme-a"))), person("p-a2", .localEnterprise(id("sme-a"))),
                person("p-b1", .localEnterprise(id("sme-b"))), person("p-c1", .localEnterprise(id("sme-c"))),
                person("p-d1", .localEnterprise(id("sme-d"))), person("p-x", .partnerEnterprise(id("pe-x"))),
                person("p-y", .partnerEnterprise(id("pe-y"))), person("p-city", .partnerCity(id("nuremberg"))),
                person("p-staff", .programme),
            ],
            events: [
                MutualEvent(
                    id: id("ev-out"), name: "Expo", kind: .fair, host: .partnerCity(id("nuremberg")),
                    schedule: .allDay(first: day("2026-10-13"), last: day("2026-10-15"), zone: berlin),
                    venue: Venue(name: "Messe", address: "Messezentrum 1"), visit: .outgoing),
                MutualEvent(
                    id: id("ev-home"), name: "Business Days", kind: .other, host: .home,
                    schedule: .timed(start: instant("2026-11-17T09:00"), end: instant("2026-11-18T16:00")),
                    venue: Venue(name: "EXPO", address: "Galicyjska 9"), visit: .incoming,
                    invitedPartnerCityIDs: [id("nuremberg")]),
            ],
            applications: [
                application("app-1", "ev-out", "sme-a", ["p-a1", "p-a2"]),
                application("app-2", "ev-out", "sme-b", ["p-b1"]),
                application("app-3", "ev-out", "sme-c", ["p-c1"], withdrawn: true),
                application("app-4", "ev-home", "sme-a", ["p-a1"]),
                application("app-5", "ev-home", "sme-b", ["p-b1"]),
            ],
            meetingRequests: [
                MeetingRequest(
                    id: id("mr-1"), eventID: id("ev-home"), enterpriseID: id("sme-a"), partnerEnterpriseID: id("pe-x"),
                    requestedBy: .both, weight: 3),
                MeetingRequest(
                    id: id("mr-2"), eventID: id("ev-home"), enterpriseID: id("sme-b"), partnerEnterpriseID: id("pe-x"),
                    requestedBy: .sme, weight: 2),
                MeetingRequest(
                    id: id("mr-3"), eventID: id("ev-home"), enterpriseID: id("sme-b"), partnerEnterpriseID: id("pe-y"),
                    requestedBy: .partner, weight: 1),
            ])
    }

    static func application(
        _ id: String, _ event: String, _ firm: String, _ delegates: [String], withdrawn: Bool = false
    ) -> Application {
        Application(
            id: Self.id(id), eventID: Self.id(event), enterpriseID: Self.id(firm),
            submittedAt: Date(timeIntervalSince1970: 1_780_000_000), delegateIDs: delegates.map { Self.id($0) },
            costAcknowledged: true, withdrawnAt: withdrawn ? Date(timeIntervalSince1970: 1_785_000_000) : nil)
    }

    static let activities: [Activity] = [
        Activity(
            id: id("intro-ev-out"), eventID: id("ev-out"), kind: .onlineIntroduction, title: "Introduction",
            start: instant("2026-09-21T09:00"), end: instant("2026-09-21T10:00"), partnerCityID: id("nuremberg")),
        Activity(
            id: id("visit-ev-out"), eventID: id("ev-out"), kind: .outgoingStudyVisit, title: "Visit to Nuremberg",
            start: instant("2026-10-12T00:00", berlin), end: instant("2026-10-17T00:00", berlin),
            partnerCityID: id("nuremberg")),
        Activity(
            id: id("visit-ev-home"), eventID: id("ev-home"), kind: .incomingStudyVisit, title: "Delegations in Kraków",
            start: instant("2026-11-16T00:00"), end: instant("2026-11-20T00:00")),
        Activity(
            id: id("b2b-ev-home"), eventID: id("ev-home"), kind: .businessMeetings, title: "1:1 meetings",
            start: instant("2026-11-17T13:00"), end: instant("2026-11-17T17:00")),
        Activity(
            id: id("follow-up-ev-home"), eventID: id("ev-home"), kind: .onlineFollowUp, title: "Follow-up",
            start: instant("2026-12-14T10:00"), end: instant("2026-12-14T11:00")),
    ]

    static func attended(
        _ activity: String, _ person: String, day: String? = nil, meeting: String? = nil,
        _ status: AttendanceRecord.Status = .attended
    ) -> AttendanceRecord {
        AttendanceRecord(
            activityID: id(activity), personID: id(person), day: day.map(Self.day),
            meetingRequestID: meeting.map { id($0) },
            status: status, source: "test")
    }

    static let attendance: [AttendanceRecord] = [
        attended("intro-ev-out", "p-a1"), attended("intro-ev-out", "p-b1", .excused),
        attended("intro-ev-out", "p-city"),
        attended("visit-ev-out", "p-a1", day: "2026-10-13"), attended("visit-ev-out", "p-a1", day: "2026-10-14"),
        attended("visit-ev-out", "p-a1", day: "2026-10-15", .noShow), attended("visit-ev-out", "p-b1", .noShow),
        attended("visit-ev-out", "p-a2", day: "2026-10-13"), attended("visit-ev-out", "p-staff", day: "2026-10-13"),
        attended("visit-ev-home", "p-a1", day: "2026-11-17"),
        attended("visit-ev-home", "p-b1", day: "2026-11-17", .noShow),
        attended("b2b-ev-home", "p-a1", meeting: "mr-1"), attended("b2b-ev-home", "p-x", meeting: "mr-1"),
        attended("b2b-ev-home", "p-b1", meeting: "mr-2"), attended("b2b-ev-home", "p-x", meeting: "mr-2", .noShow),
        attended("b2b-ev-home", "p-b1", meeting: "mr-3"), attended("b2b-ev-home", "p-y", meeting: "mr-3"),
    ]

    static func outcome(
        _ activity: String, _ firm: String, _ partner: String?, meeting: String? = nil, _ kind: OutcomeKind?,
        _ check: OutcomeCheck = .initial, rating: Int?
    ) -> RecordedOutcome {
        RecordedOutcome(
            activityID: id(activity), enterpriseID: id(firm), partnerEnterpriseID: partner.map { id($0) },
            meetingRequestID: meeting.map { id($0) }, kind: kind, check: check,
            date: day(check == .initial ? "2026-11-20" : "2026-11-30"), rating: rating)
    }

    static let outcomes: [RecordedOutcome] = [
        outcome("visit-ev-out", "sme-a", "pe-x", .lead, rating: 4),
        outcome("visit-ev-out", "sme-a", "pe-x", .contract, .followUp, rating: 5),
        outcome("visit-ev-out", "sme-b", "pe-y", nil, rating: 2),
        outcome("b2b-ev-home", "sme-a", "pe-x", meeting: "mr-1", .followUpAgreed, rating: 3),
        outcome("b2b-ev-home", "sme-b", "pe-y", meeting: "mr-3", .offerSent, rating: 4),
        outcome("b2b-ev-home", "sme-b", "pe-y", meeting: "mr-3", .jointProject, .followUp, rating: nil),
    ]

    static let costs = [
        ActivityCosts(
            activityID: id("visit-ev-out"), preparationHours: WorkHours(text: "10.5")!, hourlyRate: .euros(40_00),
            hall: .euros(100_00), service: .euros(50_25), smeCostPerDelegate: .euros(680_00))
    ]

    static func records(firmName: String? = nil) -> ProgrammeRecords {
        ProgrammeRecords(
            registry: registry(firmName: firmName), activities: activities,
            allocations: [
                VisitAllocation(activityID: id("visit-ev-out"), version: 2, seats: [id("app-1"): 1, id("app-2"): 1])
            ],
            scheduledMeetings: ["mr-1", "mr-2"].enumerated().map { index, request in
                ScheduledMeeting(
                    activityID: id("b2b-ev-home"), requestID: id(request),
                    start: instant("2026-11-17T13:\(index * 2)0"), end: instant("2026-11-17T13:\(index * 2 + 2)0"),
                    table: "T\(index + 1)")
            },
            attendance: attendance, outcomes: outcomes, costs: costs)
    }

    static let period = ReportPeriod(from: nil, to: day("2026-12-01"))!

    static func report(firmName: String? = nil) -> Report {
        ReportBuilder.build(records(firmName: firmName), period: period)
    }
}

extension Report {
    /// The table with `id`; stops the test when there is none.
    func table(_ id: String) -> ReportTable {
        guard let table = tables.first(where: { $0.id == id }) else { fatalError("no table \(id)") }
        return table
    }
}

extension ReportTable {
    /// The CSV text of the cell in the row whose first cell is `key`, in the column `column`.
    func value(_ key: String, _ column: String) -> String? {
        guard let row = rows.first(where: { $0.cells.first?.csv == key }),
            let index = columns.firstIndex(of: column)
        else { return nil }
        return row.cells[index].csv
    }
}
