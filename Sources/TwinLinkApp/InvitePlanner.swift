import Foundation
import TwinLinkCalendar
import TwinLinkDocuments
import TwinLinkDomain
import TwinLinkStore

/// Who should hold which invite now: one per delegate and activity (study visit days, online
/// meetings) and one per participant and 1:1 meeting, each with the content it should say.
/// Pure: built from the registry, the activities, the delegations and the schedules.
struct InvitePlanner {
    struct Wanted {
        let activity: Activity
        let person: Person
        let meeting: MeetingRequest?
        let event: InviteEvent
    }

    let registry: Registry
    let activities: [Activity]
    /// Who holds a seat (``Seating``): delegates of final seats are invited; a 1:1 meeting only
    /// for a seated firm, with a note when its seat is provisional.
    let seating: Seating
    let meetings: [ScheduledMeeting]
    let now: Date

    func wanted() -> [Wanted] {
        let people = Dictionary(uniqueKeysWithValues: registry.people.map { ($0.id, $0) })
        let cities = Dictionary(uniqueKeysWithValues: registry.partnerCities.map { ($0.id, $0) })
        let events = Dictionary(uniqueKeysWithValues: registry.events.map { ($0.id, $0) })
        let firms = Dictionary(uniqueKeysWithValues: registry.enterprises.map { ($0.id, $0) })
        let partners = Dictionary(uniqueKeysWithValues: registry.partnerEnterprises.map { ($0.id, $0) })
        let requests = Dictionary(uniqueKeysWithValues: registry.meetingRequests.map { ($0.id, $0) })
        let programme = registry.programme
        var texts: [LanguageCode: InviteText] = [:]
        // Each person reads their invite in their own language (`ReaderLanguage`).
        func text(for person: Person) -> InviteText {
            let country = ReaderLanguage.country(
                of: person, programme: programme, partnerCities: cities, partnerEnterprises: partners)
            let language = ReaderLanguage.of(person, country: country, programme: programme)
            if let cached = texts[language] { return cached }
            let made = InviteText(programme: programme, cities: cities, language: language)
            texts[language] = made
            return made
        }
        let applications = Dictionary(uniqueKeysWithValues: registry.applications.map { ($0.id, $0) })
        var delegations: [Identifier<Activity>: [(application: Application, seats: Int)]] = [:]
        for seat in seating.accepted where !seat.provisional {
            guard let application = applications[seat.applicationID] else { continue }
            delegations[seat.activityID, default: []].append((application, seat.seats))
        }
        let meetingsByActivity = Dictionary(grouping: meetings, by: \.activityID)
        var result: [Wanted] = []
        for activity in activities where activity.status != .cancelled && activity.end.instant > now {
            guard let event = events[activity.eventID] else { continue }
            let visitID = Activity.plannedID(
                event.host == .home ? .incomingStudyVisit : .outgoingStudyVisit, for: event.id)
            let delegation = delegations[visitID] ?? []
            let delegates = delegation.flatMap { entry in
                Seating.delegates(of: entry.application, seats: entry.seats).compactMap { people[$0] }
            }
            switch activity.kind {
            case .outgoingStudyVisit, .incomingStudyVisit:
                for person in delegates {
                    let content = text(for: person).event(for: activity, event: event, uid: "")
                    result.append(Wanted(activity: activity, person: person, meeting: nil, event: content))
                }
            case .onlineIntroduction, .onlineFollowUp:
                let partnerCityIDs: [Identifier<PartnerCity>] =
                    if case .partnerCity(let id) = event.host { [id] } else { event.invitedPartnerCityIDs }
                let contacts = partnerCityIDs.compactMap { cities[$0].flatMap { people[$0.contactPersonID] } }
                // Firms that applied to this online meeting alone join the visit's delegates.
                let online = (delegations[activity.id] ?? []).flatMap { entry in
                    Seating.delegates(of: entry.application, seats: entry.seats).compactMap { people[$0] }
                }
                var seen: Set<Identifier<Person>> = []
                for person in delegates + online + contacts where seen.insert(person.id).inserted {
                    let content = text(for: person).event(for: activity, event: event, uid: "")
                    result.append(Wanted(activity: activity, person: person, meeting: nil, event: content))
                }
            case .businessMeetings:
                let seats = seating.firms(for: event.id)
                for meeting in meetingsByActivity[activity.id] ?? [] {
                    guard let request = requests[meeting.requestID], let firm = firms[request.enterpriseID],
                        let partner = partners[request.partnerEnterpriseID]
                    else { continue }
                    // A rejected or waitlisted firm never gets a 1:1 invite, whatever a schedule says.
                    let seat = seats.map { $0[firm.id] }
                    if case .some(.none) = seat { continue }
                    let firmDelegates = delegation.filter { $0.application.enterpriseID == firm.id }
                        .flatMap { entry in
                            Seating.delegates(of: entry.application, seats: entry.seats).compactMap { people[$0] }
                        }
                    let smeSide =
                        firmDelegates.isEmpty ? [people[firm.contactPersonID]].compactMap { $0 } : firmDelegates
                    let partnerSide = [people[partner.contactPersonID]].compactMap { $0 }
                    for person in smeSide + partnerSide {
                        let content = text(for: person).meetingEvent(
                            meeting, in: activity, event: event, firm: firm, partner: partner,
                            partnerCity: cities[partner.partnerCityID], provisional: seat == .some(.provisional))
                        result.append(Wanted(activity: activity, person: person, meeting: request, event: content))
                    }
                }
            }
        }
        return result
    }
}
