import Foundation
import TwinLinkDocuments
import TwinLinkDomain
import TwinLinkLocalization

// Packs for an activity with 200 delegates and 2,000 meetings: gathered from a registry, rendered
// in HTML and Markdown and written to disk, in under two seconds in a release build.
// Run: swift run -c release DocumentsBenchmark

let firmCount = 100
let partnerCount = 40
let meetingsPerFirm = 20
let slotsPerDay = 12
let limit: Duration = .seconds(2)

let warsaw = TimeZoneID(rawValue: "Europe/Warsaw")!
let berlin = TimeZoneID(rawValue: "Europe/Berlin")!
let day = 86_400.0
let eventStart = ZonedInstant.parseInstant("2027-05-04T07:00:00Z")!

func id<T>(_ text: String) -> Identifier<T> { Identifier(trusted: text) }
func zoned(_ offset: TimeInterval, _ zone: TimeZoneID = berlin) -> ZonedInstant {
    ZonedInstant(instant: eventStart.addingTimeInterval(offset), zone: zone)
}
func code(_ text: String) -> NACECode { NACECode(rawValue: text)! }

let sectors = ["62.01", "28.99", "10.82", "49.41", "31.09", "25.62", "72.19", "58.21"].map(code)
let programme = Programme(
    name: "Benchmark Twinning Programme",
    homeCity: HomeCity(
        name: "Kraków", country: CountryCode(rawValue: "PL")!, timeZone: warsaw,
        postcodes: [PostcodePattern(rawValue: "3*")!]),
    coordinatingUnit: "Department of Economic Development",
    organiser: Organiser(name: "Business Bridge Office", email: EmailAddress(rawValue: "bridge@city.example")!),
    languages: [LanguageCode(rawValue: "pl")!, .english])
let city = PartnerCity(
    id: id("nuremberg"), name: "Nuremberg", country: CountryCode(rawValue: "DE")!, timeZone: berlin,
    languages: [LanguageCode(rawValue: "de")!, .english], keySectors: Array(sectors.prefix(4)), partnershipSince: 1979,
    contactPersonID: id("person-city"))
var people = [
    Person(
        id: id("person-city"), fullName: "Ursula Weißhaupt", email: EmailAddress(rawValue: "ursula@city.example")!,
        organisation: .partnerCity(city.id)),
    Person(
        id: id("staff-1"), fullName: "Magdalena Świątek", email: EmailAddress(rawValue: "magdalena@city.example")!,
        phone: "+48 12 616 12 34", organisation: .programme),
]
var enterprises: [LocalEnterprise] = []
var applications: [Application] = []
var decisions: [AllocationDecision] = []
for firm in 0..<firmCount {
    let firmID: Identifier<LocalEnterprise> = id("sme-\(firm)")
    let delegates: [Identifier<Person>] = [id("person-\(firm)-1"), id("person-\(firm)-2")]
    for (index, delegate) in delegates.enumerated() {
        people.append(
            Person(
                id: delegate, fullName: "Delegate \(index + 1) of Firm \(firm)",
                email: EmailAddress(rawValue: "delegate\(index + 1)@firm\(firm).example")!,
                phone: "+48 600 000 \(firm)",
                organisation: .localEnterprise(firmID), jobTitle: "Export manager",
                languages: [LanguageCode(rawValue: "pl")!, .english]))
    }
    enterprises.append(
        LocalEnterprise(
            id: firmID, legalName: "Firm \(firm) sp. z o.o.", registrationNumber: "00000\(firm)",
            address: "ul. Długa \(firm)",
            postcode: "31-000", staffHeadcount: 5 + firm % 200, annualTurnover: .euros(Int64(firm) * 10_000_000),
            balanceSheetTotal: .euros(Int64(firm) * 8_000_000), sectors: [sectors[firm % 8], sectors[(firm + 3) % 8]],
            offer:
                "Products and services of firm \(firm): engineering, software and after-sales service.\nDelivery across Europe.",
            cooperationNeeds: "Distributors & partners in Bavaria.", apprenticeships: "Internships for students.",
            languages: [LanguageCode(rawValue: "pl")!, .english],
            infoMaterialContributedOn: LocalDate(year: 2026, month: 3, day: 1),
            profileConsent: true, contactPersonID: delegates[0], website: "https://www.firm\(firm).example"))
    let application = Application(
        id: id("app-\(firm)"), eventID: id("ev-forum"), enterpriseID: firmID,
        submittedAt: eventStart.addingTimeInterval(-100 * day),
        delegateIDs: delegates, costAcknowledged: true)
    applications.append(application)
    decisions.append(
        AllocationDecision(
            runID: id("run-1"), applicationID: application.id, outcome: .accepted(seats: 2), reasonCode: "accepted",
            explanation: "Accepted"))
}
var partners: [PartnerEnterprise] = []
for partner in 0..<partnerCount {
    let contact: Identifier<Person> = id("person-partner-\(partner)")
    people.append(
        Person(
            id: contact, fullName: "Contact \(partner)",
            email: EmailAddress(rawValue: "contact@partner\(partner).example")!,
            phone: "+49 911 000 \(partner)", organisation: .partnerEnterprise(id("pent-\(partner)")),
            jobTitle: "Head of Purchasing"))
    partners.append(
        PartnerEnterprise(
            id: id("pent-\(partner)"), partnerCityID: city.id, name: "Partner \(partner) GmbH",
            sectors: [sectors[partner % 8]],
            offer: "What partner \(partner) makes and sells.", interests: "Suppliers and software partners.",
            interestSectors: [sectors[(partner + 1) % 8], sectors[(partner + 5) % 8]],
            languages: [LanguageCode(rawValue: "de")!, .english],
            contactPersonID: contact, website: "https://www.partner\(partner).example"))
}
var requests: [MeetingRequest] = []
var schedule: [ScheduledMeeting] = []
let b2b = Activity(
    id: id("b2b-ev-forum"), eventID: id("ev-forum"), kind: .businessMeetings, title: "1:1 business meetings",
    start: zoned(6 * 3600), end: zoned(day + 10 * 3600), partnerCityID: city.id)
for firm in 0..<firmCount {
    for meeting in 0..<meetingsPerFirm {
        let partner = (firm + meeting) % partnerCount
        let request = MeetingRequest(
            id: id("mr-\(firm)-\(meeting)"), eventID: id("ev-forum"), enterpriseID: id("sme-\(firm)"),
            partnerEnterpriseID: id("pent-\(partner)"), requestedBy: [.sme, .partner, .both][meeting % 3],
            weight: 1 + meeting % 3, note: meeting % 4 == 0 ? "Follow-up on the online introduction" : nil)
        requests.append(request)
        let slot = (firm + meeting) % (2 * slotsPerDay)
        let start = Double(slot / slotsPerDay) * day + 6 * 3600 + Double(slot % slotsPerDay) * 1200
        schedule.append(
            ScheduledMeeting(
                activityID: b2b.id, requestID: request.id, start: zoned(start), end: zoned(start + 1200),
                table: "Table \(firm % 90 + 1)"))
    }
}
let venue = Venue(
    name: "Historischer Rathaussaal", address: "Rathausplatz 2, 90403 Nürnberg",
    location: GeoPoint(latitude: 49.4543, longitude: 11.0775))
let event = MutualEvent(
    id: id("ev-forum"), name: "Business Forum", kind: .forum, host: .partnerCity(city.id),
    schedule: .timed(start: zoned(0), end: zoned(day + 10 * 3600)), venue: venue, visit: .outgoing,
    description: "Forum of the partnership with 1:1 meetings.")
let visit = Activity(
    id: id("visit-ev-forum"), eventID: event.id, kind: .outgoingStudyVisit, title: "Study visit to Nuremberg",
    start: zoned(-day - 7 * 3600), end: zoned(2 * day + 17 * 3600), partnerCityID: city.id, venue: venue,
    agenda: [
        AgendaItem(start: zoned(-day + 8 * 3600), end: zoned(-day + 11 * 3600), title: "Arrival"),
        AgendaItem(start: zoned(0), end: zoned(10 * 3600), title: "Business Forum, day 1"),
        AgendaItem(start: zoned(6 * 3600), end: zoned(10 * 3600), title: "1:1 business meetings"),
        AgendaItem(start: zoned(day), end: zoned(day + 10 * 3600), title: "Business Forum, day 2"),
    ])
let registry = Registry(
    programme: programme, partnerCities: [city], enterprises: enterprises, partnerEnterprises: partners, people: people,
    events: [event], applications: applications, meetingRequests: requests)
let costs = DelegateCosts(
    items: [.init(.travel, .euros(18_000)), .init(.accommodation, .euros(33_000))], cityPaysFor: ["Hall and service"])

// DOCUMENTS_BENCHMARK_KEEP=FOLDER keeps the documents there (to compare the bytes of two builds).
let kept = ProcessInfo.processInfo.environment["DOCUMENTS_BENCHMARK_KEEP"]
let folder =
    kept.map { URL(fileURLWithPath: $0, isDirectory: true) }
    ?? FileManager.default.temporaryDirectory.appendingPathComponent(
        "twinlink-documents-benchmark-\(UUID().uuidString)")
defer { if kept == nil { try? FileManager.default.removeItem(at: folder) } }

/// CPU seconds this process has used so far (all threads): what a run costs, whatever the load.
func processorSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

do {
    let clock = ContinuousClock()
    // The limit: the packs gathered from the registry, rendered on all cores and written.
    var documents: [RenderedDocument] = []
    var renderer: DocumentRenderer?
    var input: BriefingPackInput?
    var phases: [Duration] = []
    let processorBefore = processorSeconds()
    let elapsed = try await clock.measure {
        var start = clock.now
        let made = try DocumentRenderer()
        let gathered = try BriefingPackInput(
            registry: registry, activity: visit, decisions: decisions, schedule: schedule, activities: [visit, b2b],
            costs: costs,
            regulations: [Message("engine_as_written", ["text": .verbatim("At most 2 delegates per firm.")])],
            preparedOn: LocalDate(year: 2026, month: 12, day: 1)!)
        phases.append(clock.now - start)
        start = clock.now
        documents = await made.briefingPacks(gathered, workers: ParallelWork.defaultWorkers)
        phases.append(clock.now - start)
        start = clock.now
        try DocumentWriter().write(documents, to: folder)
        phases.append(clock.now - start)
        renderer = made
        input = gathered
    }
    let processor = processorSeconds() - processorBefore
    let bytes = documents.reduce(0) { $0 + $1.html.utf8.count + $1.markdown.utf8.count }
    let personal = documents.dropFirst()
    print(
        String(
            format:
                "DocumentsBenchmark: %d documents (1 briefing pack + %d personal packs, HTML and Markdown, %.1f MB) "
                + "for %d delegates and %d meetings written in %.3f s (limit %.0f s), %.3f CPU s: templates and input "
                + "%.3f s, rendering on %d workers %.3f s, writing %.3f s",
            documents.count, documents.count - 1, Double(bytes) / 1_000_000, firmCount * 2, schedule.count,
            seconds(elapsed), Double(limit.components.seconds), processor, seconds(phases[0]),
            ParallelWork.defaultWorkers, seconds(phases[1]), seconds(phases[2])))
    print(
        String(
            format: "DocumentsBenchmark: a personal pack is %.1f KB of HTML and %.1f KB of Markdown on average",
            Double(personal.reduce(0) { $0 + $1.html.utf8.count }) / 1024 / Double(personal.count),
            Double(personal.reduce(0) { $0 + $1.markdown.utf8.count }) / 1024 / Double(personal.count)))
    // The rendering alone on one worker (best of three): documents per second on one core.
    // DOCUMENTS_BENCHMARK_ONE_WORKER=0 leaves this out (to time the whole process with /usr/bin/time).
    if let renderer, let input, ProcessInfo.processInfo.environment["DOCUMENTS_BENCHMARK_ONE_WORKER"] != "0" {
        var best = Duration.seconds(1_000)
        var cpu = Double.infinity
        var single: [RenderedDocument] = []
        for _ in 1...3 {
            let before = processorSeconds()
            let run = await clock.measure { single = await renderer.briefingPacks(input, workers: 1) }
            best = min(best, run)
            cpu = min(cpu, processorSeconds() - before)
        }
        let same = single.map(\.html) == documents.map(\.html) && single.map(\.markdown) == documents.map(\.markdown)
        print(
            String(
                format: "DocumentsBenchmark: rendering on 1 worker %.3f s, %.3f CPU s (best of 3) = %.0f documents "
                    + "per CPU second; the same bytes as on %d workers: %@",
                seconds(best), cpu, Double(single.count) / cpu, ParallelWork.defaultWorkers,
                same ? "yes" : "NO"))
        if !same { exit(1) }
    }
    if elapsed > limit {
        print("DocumentsBenchmark: over the limit")
        exit(1)
    }
} catch {
    print("DocumentsBenchmark failed: \(error)")
    exit(1)
}
