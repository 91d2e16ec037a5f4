public import Foundation
public import TwinLinkDomain
import TwinLinkLocalization

/// Turns mutual events into a programme of activities: a study visit for each event marked for
/// one, an online introduction before it and an online follow-up after it, and a session of 1:1
/// business meetings where firms asked to meet. Pure: `now` and the seed are inputs.
///
/// Re-planning keeps what it can: an activity keeps its id always, and keeps its time while that
/// time still obeys every rule (the event's dates, the lead-time window, working days, holidays
/// and business hours). Activities that have started are never moved.
public struct ActivityPlanner: Sendable {
    public struct Input: Sendable {
        public var programme: Programme
        public var partnerCities: [PartnerCity]
        public var events: [MutualEvent]
        public var holidays: [Holiday]
        /// Events with 1:1 meeting requests: they get a business-meeting session.
        public var eventsWithMeetingRequests: Set<Identifier<MutualEvent>>
        /// The activities planned before, as stored.
        public var previous: [Activity]
        public var now: Date
        /// The programme's secret seed, for unguessable meeting rooms.
        public var seed: UInt64
        /// Only events whose first day falls in this range are planned; others are left alone.
        public var range: ClosedRange<LocalDate>?

        public init(
            programme: Programme, partnerCities: [PartnerCity], events: [MutualEvent], holidays: [Holiday],
            eventsWithMeetingRequests: Set<Identifier<MutualEvent>> = [], previous: [Activity] = [], now: Date,
            seed: UInt64, range: ClosedRange<LocalDate>? = nil
        ) {
            self.programme = programme
            self.partnerCities = partnerCities
            self.events = events
            self.holidays = holidays
            self.eventsWithMeetingRequests = eventsWithMeetingRequests
            self.previous = previous
            self.now = now
            self.seed = seed
            self.range = range
        }
    }

    public init() {}

    public func plan(_ input: Input) -> ActivityPlan {
        let calendar = WorkingCalendar(holidays: input.holidays)
        let cities = Dictionary(uniqueKeysWithValues: input.partnerCities.map { ($0.id, $0) })
        let previous = Dictionary(uniqueKeysWithValues: input.previous.map { ($0.id, $0) })
        let links = JoinLinkMaker(setting: input.programme.planning.video, seed: input.seed)
        var activities: [Activity] = []
        var changes: [PlanChange] = []
        var planned: Set<Identifier<Activity>> = []
        var unplanned: [UnplannedActivity] = []
        let inRange = input.events.filter { event in input.range.map { $0.contains(event.schedule.firstDay) } ?? true }

        for event in inRange.sorted(by: { $0.id < $1.id }) where event.visit != .none {
            let proposals = propose(
                event, input: input, cities: cities, calendar: calendar, links: links, unplanned: &unplanned)
            for proposal in proposals {
                planned.insert(proposal.activity.id)
                let (activity, change) = reconcile(proposal, with: previous[proposal.activity.id], input: input)
                activities.append(activity)
                changes.append(change)
            }
        }
        // Activities of events in range that are no longer planned are cancelled, never deleted:
        // invites and decisions refer to them.
        let rangeEvents = Set(inRange.map(\.id))
        for old in input.previous
        where rangeEvents.contains(old.eventID) || !input.events.contains(where: { $0.id == old.eventID }) {
            guard !planned.contains(old.id) else { continue }
            var cancelled = old
            if old.status != .cancelled {
                cancelled.status = .cancelled
                let dropped = FeedEventDrop.isDropped(input.events.first { $0.id == old.eventID }?.source)
                let reason =
                    unplanned.first { $0.activityID == old.id }?.reasonMessage
                    ?? Message(dropped ? "plan_reason_feed_dropped" : "plan_reason_not_asked")
                changes.append(PlanChange(activityID: old.id, kind: .cancelled, because: reason))
            } else {
                changes.append(PlanChange(activityID: old.id, kind: .unchanged, reason: "cancelled before"))
            }
            activities.append(cancelled)
        }
        return ActivityPlan(activities: activities, changes: changes, unplanned: unplanned)
    }

    // MARK: - Proposals

    /// An activity as the rules would place it now, with the rule that keeps an older time.
    struct Proposal {
        var activity: Activity
        /// Whether an earlier time for this activity is still acceptable under today's rules.
        var accepts: (Activity) -> Bool
        /// Why an earlier time is no longer acceptable, for the change list.
        var rejection: (Activity) -> Message
    }

    private func propose(
        _ event: MutualEvent, input: Input, cities: [Identifier<PartnerCity>: PartnerCity],
        calendar: WorkingCalendar, links: JoinLinkMaker, unplanned: inout [UnplannedActivity]
    ) -> [Proposal] {
        let settings = input.programme.planning
        let home = input.programme.homeCity
        let partners: [PartnerCity]
        let visitKind: Activity.Kind
        switch event.host {
        case .partnerCity(let id):
            partners = cities[id].map { [$0] } ?? []
            visitKind = .outgoingStudyVisit
        case .home:
            partners = event.invitedPartnerCityIDs.compactMap { cities[$0] }
            visitKind = .incomingStudyVisit
        }
        let placeName = partners.count == 1 && visitKind == .outgoingStudyVisit ? partners[0].name : home.name
        let visit = studyVisit(
            event, kind: visitKind, place: placeName, partners: partners, settings: settings,
            withMeetings: input.eventsWithMeetingRequests.contains(event.id))
        var proposals = [
            Proposal(
                activity: visit, accepts: { $0.start == visit.start && $0.end == visit.end },
                rejection: { _ in Message("plan_reason_dates_changed") })
        ]
        if input.eventsWithMeetingRequests.contains(event.id) {
            let session = businessMeetings(event, settings: settings.businessMeetings)
            proposals.append(
                Proposal(
                    activity: session, accepts: { $0.start == session.start && $0.end == session.end },
                    rejection: { _ in Message("plan_reason_dates_changed") }))
        }
        let parties = [MeetingParty(home: home)] + partners.map(MeetingParty.init(city:))
        let finder = OnlineSlotFinder(
            parties: parties, calendar: calendar, durationMinutes: settings.onlineMeetingMinutes)
        let homeZone = home.timeZone
        let visitFirst = LocalDate(visit.start.instant, in: homeZone.timeZone)
        let visitLast = LocalDate(visit.end.instant.addingTimeInterval(-1), in: homeZone.timeZone)
        let today = LocalDate(input.now, in: homeZone.timeZone)
        let partnerNames = partners.map(\.name).joined(separator: ", ")

        let introWindow =
            visitFirst.adding(
                days: -settings.introductionLeadDays.upperBound)...visitFirst.adding(
                days: -settings.introductionLeadDays.lowerBound)
        if let intro = onlineMeeting(
            .onlineIntroduction, event: event, window: introWindow, today: today, visitFirst: visitFirst,
            title: "Online introduction: \(event.name) — \(home.name) and \(partnerNames)",
            titleMessage: Message(
                "engine_title_online_introduction",
                ["event": .verbatim(event.name), "home": .verbatim(home.name), "partners": .verbatim(partnerNames)]),
            finder: finder,
            links: links, zone: homeZone, partner: partners.count == 1 ? partners[0].id : nil,
            unplanned: &unplanned)
        {
            proposals.append(intro)
        }
        let followWindow =
            visitLast.adding(
                days: settings.followUpDelayDays.lowerBound)...visitLast.adding(
                days: settings.followUpDelayDays.upperBound)
        if let followUp = onlineMeeting(
            .onlineFollowUp, event: event, window: followWindow, today: today, visitFirst: nil,
            title: "Online follow-up: \(event.name) — \(home.name) and \(partnerNames)",
            titleMessage: Message(
                "engine_title_online_follow_up",
                ["event": .verbatim(event.name), "home": .verbatim(home.name), "partners": .verbatim(partnerNames)]),
            finder: finder,
            links: links, zone: homeZone, partner: partners.count == 1 ? partners[0].id : nil,
            unplanned: &unplanned)
        {
            proposals.append(followUp)
        }
        return proposals
    }

    private func studyVisit(
        _ event: MutualEvent, kind: Activity.Kind, place: String, partners: [PartnerCity],
        settings: PlanningSettings, withMeetings: Bool
    ) -> Activity {
        let zone = event.schedule.zone
        let first = event.schedule.firstDay.adding(days: -settings.arriveDaysBefore)
        let last = event.schedule.lastDay.adding(days: settings.departDaysAfter)
        let start = ZonedInstant(instant: first.start(in: zone.timeZone), zone: zone)
        let end = ZonedInstant(instant: last.adding(days: 1).start(in: zone.timeZone), zone: zone)
        let title =
            kind == .outgoingStudyVisit
            ? "Study visit to \(place): \(event.name)"
            : "Partner delegations in \(place): \(event.name)"
        let titleMessage = Message(
            kind == .outgoingStudyVisit ? "engine_title_study_visit" : "engine_title_hosted_visit",
            ["place": .verbatim(place), "event": .verbatim(event.name)])
        return Activity(
            id: Activity.plannedID(kind, for: event.id), eventID: event.id, kind: kind, title: title, start: start,
            end: end, partnerCityID: partners.count == 1 ? partners[0].id : nil, venue: event.venue,
            agenda: AgendaSkeleton.make(
                for: event, kind: kind, first: first, last: last, settings: settings, withMeetings: withMeetings),
            titleMessage: titleMessage)
    }

    private func businessMeetings(_ event: MutualEvent, settings: BusinessMeetingSettings) -> Activity {
        let zone = event.schedule.zone
        let day = event.schedule.firstDay
        let start =
            (try? LocalDateTime(date: day, time: settings.hours.opens).instant(in: zone.timeZone))
            ?? day.start(in: zone.timeZone)
        let end = start.addingTimeInterval(TimeInterval(settings.slotCount * settings.slotMinutes * 60))
        return Activity(
            id: Activity.plannedID(.businessMeetings, for: event.id), eventID: event.id, kind: .businessMeetings,
            title: "1:1 business meetings: \(event.name)", start: ZonedInstant(instant: start, zone: zone),
            end: ZonedInstant(instant: end, zone: zone), venue: event.venue,
            titleMessage: Message("engine_title_business_meetings", ["event": .verbatim(event.name)]))
    }

    private func onlineMeeting(
        _ kind: Activity.Kind, event: MutualEvent, window: ClosedRange<LocalDate>, today: LocalDate,
        visitFirst: LocalDate?, title: String, titleMessage: Message, finder: OnlineSlotFinder, links: JoinLinkMaker,
        zone: TimeZoneID,
        partner: Identifier<PartnerCity>?, unplanned: inout [UnplannedActivity]
    ) -> Proposal? {
        let id = Activity.plannedID(kind, for: event.id)
        let target = window.lowerBound.adding(days: window.lowerBound.days(until: window.upperBound) / 2)
        var effective = window
        var notes: [Message] = []
        let english = MessageRenderer(CatalogueSet.shippedCatalogue("en"))
        // A visit still ahead whose window has begun to pass: the meeting moves to the days left.
        if let visitFirst, visitFirst > today, window.lowerBound <= today {
            let lower = today.adding(days: 1)
            let upper = window.upperBound >= lower ? window.upperBound : visitFirst.adding(days: -1)
            guard lower <= upper else { return nil }
            effective = lower...upper
            if window.upperBound <= today {
                notes.append(Message("plan_note_short_lead"))
            }
        }
        guard let slot = finder.bestSlot(in: effective, preferring: max(target, effective.lowerBound)) else {
            let reason = finder.whyNoSlot(in: effective)
            unplanned.append(
                UnplannedActivity(
                    activityID: id, kind: kind, eventID: event.id, reason: english.render(reason),
                    reasonMessage: reason))
            return nil
        }
        if let note = finder.note(for: slot) { notes.append(note) }
        let link = links.link(for: id)
        let activity = Activity(
            id: id, eventID: event.id, kind: kind, title: title, start: ZonedInstant(instant: slot.start, zone: zone),
            end: ZonedInstant(instant: slot.end, zone: zone), partnerCityID: partner, joinURL: link,
            notes: notes.map { english.render($0) }, titleMessage: titleMessage, noteMessages: notes)
        let homeZone = zone.timeZone
        return Proposal(
            activity: activity,
            accepts: { old in
                let day = LocalDate(old.start.instant, in: homeZone)
                guard effective.contains(day),
                    old.end.instant.timeIntervalSince(old.start.instant) == slot.end.timeIntervalSince(slot.start),
                    case .success(let oldSlot) = finder.evaluate(start: old.start.instant)
                else { return false }
                return !slot.cost.lexicographicallyPrecedes(oldSlot.cost)
            },
            rejection: { old in
                let day = LocalDate(old.start.instant, in: homeZone)
                if !effective.contains(day) {
                    return Message(
                        "plan_reason_outside_window",
                        [
                            "day": .verbatim(day.iso), "from": .verbatim(effective.lowerBound.iso),
                            "to": .verbatim(effective.upperBound.iso),
                        ])
                }
                switch finder.evaluate(start: old.start.instant) {
                case .failure(let closure):
                    let closed = finder.parties.first { $0.name == closure.party }.flatMap {
                        finder.calendar.closureMessage(on: closure.date, in: $0.region)
                    }
                    // Not a closed day: the meeting would cross the party's midnight.
                    return Message(
                        closed == nil ? "plan_reason_midnight" : "plan_reason_closed",
                        [
                            "day": .verbatim(closure.date.iso), "closure": .optional(closed),
                            "party": .verbatim(closure.party),
                        ])
                case .success:
                    return Message("plan_reason_now_possible")
                }
            })
    }

    // MARK: - Re-planning

    private func reconcile(_ proposal: Proposal, with old: Activity?, input: Input) -> (Activity, PlanChange) {
        let new = proposal.activity
        guard let old else {
            return (new, PlanChange(activityID: new.id, kind: .added, reason: "planned for the first time"))
        }
        // What the coordinator set stays: status (unless cancelled by the planner before), seats,
        // join link.
        var kept = new
        kept.status = old.status == .cancelled ? .proposed : old.status
        kept.seats = old.seats
        kept.joinURL = old.joinURL ?? new.joinURL
        if old.start.instant <= input.now {
            return (old, PlanChange(activityID: old.id, kind: .unchanged, reason: "it has started; it is never moved"))
        }
        if proposal.accepts(old) {
            kept.start = old.start
            kept.end = old.end
            kept.notes = old.notes
            kept.noteMessages = old.noteMessages
            let reason =
                old.status == .cancelled ? "planned again at its earlier time" : "its time still obeys every rule"
            return (
                kept,
                PlanChange(activityID: new.id, kind: old.status == .cancelled ? .added : .unchanged, reason: reason)
            )
        }
        return (
            kept,
            PlanChange(
                activityID: new.id, kind: .moved(from: old.start, to: new.start), because: proposal.rejection(old))
        )
    }
}
