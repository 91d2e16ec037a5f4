import Foundation
import TwinLinkDomain
import TwinLinkLocalization

/// Builds the views of an activity's briefing pack and of its participants' personal packs from
/// the input. The matching and the schedule are worked out once; texts per reader's language.
struct BriefingPackBuilder {
    let input: BriefingPackInput
    /// Each firm's counterparts, strongest first.
    let counterparts: [Identifier<LocalEnterprise>: [Counterpart]]
    /// The scheduled meetings in time order, with their requests.
    let meetings: [(meeting: ScheduledMeeting, request: MeetingRequest)]
    let columns: ZoneColumns
    private let partnersByID: [Identifier<PartnerEnterprise>: PartnerEnterprise]
    private let citiesByID: [Identifier<PartnerCity>: PartnerCity]

    init(input: BriefingPackInput) {
        self.input = input
        columns = ActivityFacts.columns(for: input)
        partnersByID = Dictionary(input.partnerEnterprises.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        citiesByID = Dictionary(input.partnerCities.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var counterparts: [Identifier<LocalEnterprise>: [Counterpart]] = [:]
        for member in input.delegation {
            counterparts[member.enterprise.id] = Counterpart.all(
                for: member.enterprise, among: input.partnerEnterprises, requests: input.meetingRequests)
        }
        self.counterparts = counterparts
        let requests = Dictionary(input.meetingRequests.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        meetings = input.schedule.compactMap { meeting in requests[meeting.requestID].map { (meeting, $0) } }
            .sorted { lhs, rhs in
                if lhs.meeting.start != rhs.meeting.start { return lhs.meeting.start < rhs.meeting.start }
                let order = lhs.meeting.table.compare(rhs.meeting.table, options: .numeric)
                if order != .orderedSame { return order == .orderedAscending }
                return lhs.request.id < rhs.request.id
            }
    }

    private func cityName(of partner: PartnerEnterprise) -> String {
        citiesByID[partner.partnerCityID]?.name ?? partner.partnerCityID.rawValue
    }

    private var delegateCount: Int { input.delegation.reduce(0) { $0 + $1.delegates.count } }

    // MARK: - The activity's pack

    func pack(views: ViewFactory, emergencyNumbers: [String: String]) -> BriefingPackView {
        let facts = ActivityFacts(input: input, views: views, columns: columns, emergencyNumbers: emergencyNumbers)
        let reasons = ReasonWriter(views: views)
        let enterprisesByID = Dictionary(
            input.delegation.map { ($0.enterprise.id, $0.enterprise) }, uniquingKeysWith: { a, _ in a })
        let firms = input.delegation.sorted {
            views.ordering.precedes(
                $0.enterprise.legalName, $1.enterprise.legalName,
                tieBreak: ($0.enterprise.id.rawValue, $1.enterprise.id.rawValue))
        }.map { member in
            let matched = (counterparts[member.enterprise.id] ?? []).map { counterpart in
                CounterpartView(
                    anchor: "partner-\(counterpart.partner.id.rawValue)", name: counterpart.partner.name,
                    city: cityName(of: counterpart.partner),
                    reasons: reasons.reasons(counterpart, enterprise: member.enterprise))
            }
            return views.firm(
                member.enterprise, links: member.links, delegates: member.delegates, counterparts: matched)
        }
        let partners = sortedPartners(views).map { views.partner($0, city: cityName(of: $0)) }
        return BriefingPackView(
            t: TemplateTexts(catalogue: views.catalogue),
            page: facts.page(title: views.text("pack_title"), audience: views.text("pack_audience")),
            glance: glance(facts), event: event(facts), timetable: facts.timetable(), travel: facts.travel(),
            venue: facts.venue(), joinURL: facts.joinURL, costs: facts.costs(delegates: delegateCount),
            cities: input.partnerCities.map(views.city), firms: firms, partners: partners,
            schedule: schedule(facts, enterprises: enterprisesByID),
            regulations: input.regulations.map(views.message),
            checklist: facts.checklist(hasMeetings: !meetings.isEmpty), emergency: facts.emergency())
    }

    private func sortedPartners(_ views: ViewFactory) -> [PartnerEnterprise] {
        input.partnerEnterprises.sorted {
            views.ordering.precedes($0.name, $1.name, tieBreak: ($0.id.rawValue, $1.id.rawValue))
        }
    }

    private func glance(_ facts: ActivityFacts) -> [LabelledValue] {
        let views = facts.views
        var lines = [
            LabelledValue(label: views.text("glance_activity"), value: facts.kindLabel(input.activity.kind)),
            LabelledValue(label: views.text("glance_dates"), value: facts.when(input.activity)),
        ]
        if let venue = facts.venue() {
            lines.append(LabelledValue(label: views.text("glance_venue"), value: "\(venue.name), \(venue.address)"))
        } else if input.activity.kind.isOnline {
            lines.append(LabelledValue(label: views.text("glance_venue"), value: views.text("online")))
        }
        let firms = views.counted("count_firms", input.delegation.count)
        let delegates = views.counted("count_delegates", delegateCount)
        lines.append(LabelledValue(label: views.text("glance_delegation"), value: "\(firms), \(delegates)"))
        if !meetings.isEmpty {
            lines.append(
                LabelledValue(
                    label: views.text("glance_meetings"), value: views.counted("count_meetings", meetings.count)))
        }
        lines.append(LabelledValue(label: views.text("glance_status"), value: facts.statusLabel(input.activity.status)))
        if let coordinator = input.contacts.first(where: { $0.organisation == .programme }) {
            lines.append(
                LabelledValue(
                    label: views.text("glance_coordinator"),
                    value: [coordinator.fullName, coordinator.phone, coordinator.email.rawValue].compactMap { $0 }
                        .joined(separator: ", ")))
        }
        return lines
    }

    private func event(_ facts: ActivityFacts) -> EventView {
        let views = facts.views
        let event = input.event
        let home = input.programme.homeCity.name
        let host: String =
            switch event.host {
            case .home: home
            case .partnerCity(let id): citiesByID[id]?.name ?? id.rawValue
            }
        let first = views.format.date(event.schedule.firstDay)
        let dates =
            event.schedule.firstDay == event.schedule.lastDay
            ? first : views.text("date_range", ["from": first, "to": views.format.date(event.schedule.lastDay)])
        var why: [String] = []
        for city in input.partnerCities {
            if let year = city.partnershipSince {
                why.append(
                    views.sentence("why_partnership", ["city": city.name, "home": home, "year": String(year)]))
            }
        }
        let keySectors = input.partnerCities.flatMap(\.keySectors)
        let inKeySectors = input.delegation.filter { member in
            SectorMatch.all(member.enterprise.sectors, keySectors).isEmpty == false
        }.count
        if inKeySectors > 0 {
            why.append(
                views.countedSentence(
                    "why_key_sectors", inKeySectors,
                    ["cities": views.format.list(input.partnerCities.map(\.name))]))
        }
        if !input.meetingRequests.isEmpty {
            why.append(views.counted("why_requests", input.meetingRequests.count))
        }
        return EventView(
            name: event.name, kind: views.text("event_\(event.kind.rawValue)"), host: host, dates: dates,
            description: event.description, why: why, source: views.webLink(event.source))
    }

    private func schedule(_ facts: ActivityFacts, enterprises: [Identifier<LocalEnterprise>: LocalEnterprise])
        -> ScheduleView?
    {
        guard !meetings.isEmpty else { return nil }
        let views = facts.views
        var days: [ScheduleView.Day] = []
        var dayRows: [ScheduleView.Slot] = []
        var currentDay: LocalDate?
        var index = 0
        while index < meetings.count {
            let start = meetings[index].meeting.start
            var slot: [ScheduleView.Meeting] = []
            var end = meetings[index].meeting.end
            while index < meetings.count, meetings[index].meeting.start == start {
                let (meeting, request) = meetings[index]
                end = max(end, meeting.end)
                let partner = partnersByID[request.partnerEnterpriseID]
                slot.append(
                    ScheduleView.Meeting(
                        table: meeting.table,
                        sme: enterprises[request.enterpriseID]?.legalName ?? request.enterpriseID.rawValue,
                        smeAnchor: "firm-\(request.enterpriseID.rawValue)",
                        partner: partner?.name ?? request.partnerEnterpriseID.rawValue,
                        partnerAnchor: "partner-\(request.partnerEnterpriseID.rawValue)"))
                index += 1
            }
            let day = start.local(in: facts.zone).date
            if day != currentDay {
                if let finished = currentDay { days.append(.init(date: views.format.date(finished), slots: dayRows)) }
                currentDay = day
                dayRows = []
            }
            let cells = facts.columns.cells(from: start.instant, to: end.instant, day: day, format: views.format)
            dayRows.append(ScheduleView.Slot(times: cells, timesLine: facts.timesLine(cells), meetings: slot))
        }
        if let finished = currentDay { days.append(.init(date: views.format.date(finished), slots: dayRows)) }
        let firms = Set(meetings.map(\.request.enterpriseID)).count
        let partners = Set(meetings.map(\.request.partnerEnterpriseID)).count
        let summary = views.counted(
            "schedule_summary", meetings.count,
            ["firms": views.counted("count_firms", firms), "partners": views.counted("count_partners", partners)])
        return ScheduleView(zones: facts.zoneHeaders(), summary: summary, days: days)
    }

    // MARK: - Personal packs

    /// The personal pack of `person`, a delegate of `member`. `views` remembers the parts shared by
    /// the activity's packs and by a firm's delegates: use one factory for one activity's packs only.
    func personalPack(
        for person: Person, of member: DelegationMember, views: ViewFactory, emergencyNumbers: [String: String]
    ) -> PersonalPackView {
        let facts = ActivityFacts(input: input, views: views, columns: columns, emergencyNumbers: emergencyNumbers)
        // What every delegate of the firm gets alike, made once per firm (and language).
        let firm = views.memoised("personal-firm-\(member.enterprise.id.rawValue)") {
            firmPart(of: member, views: views, facts: facts)
        }
        let own = firm.own
        let shared = views.memoised("personal-shared") {
            PersonalShared(
                timetable: facts.timetable(), travel: facts.travel(), venue: facts.venue(),
                costs: facts.costs(delegates: nil), checklist: facts.checklist(hasMeetings: true),
                checklistWithoutMeetings: facts.checklist(hasMeetings: false), emergency: facts.emergency())
        }
        var glance = [
            LabelledValue(label: views.text("glance_participant"), value: person.fullName),
            LabelledValue(label: views.text("glance_firm"), value: member.enterprise.legalName),
            LabelledValue(label: views.text("glance_dates"), value: facts.when(input.activity)),
        ]
        if let venue = shared.venue {
            glance.append(LabelledValue(label: views.text("glance_venue"), value: "\(venue.name), \(venue.address)"))
        }
        glance.append(
            LabelledValue(label: views.text("glance_meetings"), value: views.counted("count_meetings", own.count)))
        return PersonalPackView(
            t: TemplateTexts(catalogue: views.catalogue),
            page: facts.page(
                title: views.text("personal_title"),
                audience: views.sentence("personal_audience", ["name": person.fullName])),
            glance: glance, meetings: firm.meetings,
            meetingsSummary: views.counted("count_meetings", own.count), invites: firm.invites,
            timetable: shared.timetable, travel: shared.travel, venue: shared.venue, joinURL: facts.joinURL,
            costs: shared.costs, counterparts: firm.profiles,
            checklist: own.isEmpty ? shared.checklistWithoutMeetings : shared.checklist, emergency: shared.emergency)
    }

    /// The parts of a personal pack that are the same for every delegate of the activity.
    struct PersonalShared {
        let timetable: TimetableView
        let travel: [LabelledValue]
        let venue: VenueView?
        let costs: CostsView
        let checklist: [String]
        let checklistWithoutMeetings: [String]
        let emergency: EmergencyView
    }

    /// The parts of a personal pack that are the same for every delegate of one firm.
    struct FirmPart {
        let own: [(meeting: ScheduledMeeting, request: MeetingRequest)]
        let meetings: [PersonalPackView.Meeting]
        let profiles: [PartnerView]
        let invites: [InviteView]
    }

    private func firmPart(of member: DelegationMember, views: ViewFactory, facts: ActivityFacts) -> FirmPart {
        let reasons = ReasonWriter(views: views)
        let own = meetings.filter { $0.request.enterpriseID == member.enterprise.id }
        let personal = own.map { meeting, request in
            let day = meeting.start.local(in: facts.zone).date
            let cells = facts.columns.cells(
                from: meeting.start.instant, to: meeting.end.instant, day: day, format: views.format)
            let partner = partnersByID[request.partnerEnterpriseID]
            return PersonalPackView.Meeting(
                day: views.format.date(day, .short),
                zoneTimes: zip(cells, columns.columns).map {
                    LabelledValue(label: views.list($1.cities), value: $0)
                },
                timesLine: facts.timesLine(cells),
                table: meeting.table, partner: partner?.name ?? request.partnerEnterpriseID.rawValue,
                partnerAnchor: "partner-\(request.partnerEnterpriseID.rawValue)",
                city: partner.map(cityName) ?? "")
        }
        // The profiles of the partners the delegate meets, in meeting order; without meetings,
        // every counterpart matched with the firm.
        var met: [Identifier<PartnerEnterprise>] = []
        for meeting in own where !met.contains(meeting.request.partnerEnterpriseID) {
            met.append(meeting.request.partnerEnterpriseID)
        }
        let all = counterparts[member.enterprise.id] ?? []
        let matched =
            met.isEmpty
            ? all
            : met.compactMap { id in
                all.first { $0.partner.id == id }
                    ?? partnersByID[id].flatMap {
                        Counterpart(enterprise: member.enterprise, partner: $0, requests: [])
                    }
            }
        let profiles = matched.map { counterpart in
            views.partner(
                counterpart.partner, city: cityName(of: counterpart.partner),
                reasons: reasons.reasons(counterpart, enterprise: member.enterprise))
        }
        let invites = input.eventActivities.filter { activity in
            activity.status != .cancelled && (activity.kind != .businessMeetings || !own.isEmpty)
        }.sorted { ($0.start, $0.id) < ($1.start, $1.id) }.map { activity in
            InviteView(
                kind: facts.kindLabel(activity.kind), title: views.title(activity),
                when: facts.when(activity),
                joinURL: views.webLink(activity.joinURL))
        }
        return FirmPart(own: own, meetings: personal, profiles: profiles, invites: invites)
    }
}
