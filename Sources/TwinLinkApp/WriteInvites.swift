import Foundation
import TwinLinkCalendar
import TwinLinkDocuments
import TwinLinkDomain
import TwinLinkLocalization
import TwinLinkMail
import TwinLinkStore

/// Use case: `twinlink invites [ACTIVITY] --out DIR`. Writes one iTIP invite per person and
/// activity (and per person and 1:1 meeting) that is new or changed since the last run, each as
/// `.ics` and as an e-mail message (`.eml`) ready to send; a `CANCEL` to everyone withdrawn or
/// moved out; the coordinator's read-only feeds; and a manifest of what changed. Unchanged
/// invites are not written again. The database records what each person was last sent.
public enum WriteInvites {
    public struct Change: Codable, Sendable, Hashable {
        public let change: String
        public let activity: String
        public let person: String
        public let meetingRequest: String?
        public let method: String
        public let sequence: Int
        public let file: String
    }

    public struct Report: Sendable {
        public var changes: [Change]
        public var unchanged: Int
        public var feeds: [String]
        public var sent: Int
    }

    public static func run(
        workspace: Workspace, outputDirectory: String, activity filter: Identifier<Activity>? = nil, now: Date,
        sendmail: URL? = nil
    ) throws(TwinLinkError) -> Report {
        let registry = try workspace.registry()
        let store = workspace.store
        let activities: [Activity]
        let stored: [Invite]
        let accepted: [AcceptedApplication]
        let meetings: [ScheduledMeeting]
        do {
            activities = try store.activities()
            stored = try store.invites()
            accepted = try store.acceptedApplications()
            meetings = try store.allScheduledMeetings()
        } catch {
            throw .store(error)
        }
        if let filter, !activities.contains(where: { $0.id == filter }) {
            throw .notReady("no activity '\(filter)': run 'twinlink plan' first, or see 'twinlink plan --dry-run'")
        }
        let applications = Dictionary(uniqueKeysWithValues: registry.applications.map { ($0.id, $0) })
        var delegations: [Identifier<Activity>: [(application: Application, seats: Int)]] = [:]
        for seat in accepted {
            guard let application = applications[seat.applicationID] else { continue }
            delegations[seat.activityID, default: []].append((application, seat.seats))
        }
        let planner = InvitePlanner(
            registry: registry, activities: activities, delegations: delegations, meetings: meetings, now: now)
        let wanted = planner.wanted().filter { filter == nil || $0.activity.id == filter }

        let writer = InviteWriter()
        let mail = InviteEmailWriter()
        // One batch: every file is put in place at the end, and only then does the database record what was sent.
        let output = try OutputFiles(directory: outputDirectory).batch()
        let domain =
            registry.programme.organiser.email.rawValue.split(separator: "@").last.map(String.init) ?? "twinlink"
        let people = Dictionary(uniqueKeysWithValues: registry.people.map { ($0.id, $0) })
        let organiser = CalendarUser(
            name: registry.programme.organiser.name, email: registry.programme.organiser.email.rawValue)
        var storedByKey: [String: Invite] = [:]
        for invite in stored { storedByKey[key(invite.activityID, invite.personID, invite.meetingRequestID)] = invite }

        var changes: [Change] = []
        var records: [Invite] = []
        var messages: [String] = []
        var unchanged = 0
        var wantedKeys: Set<String> = []
        let progress = ProgressLine("invites", total: wanted.count, minimum: 500)
        defer { progress.finish() }
        for item in wanted {
            progress.advance()
            let itemKey = key(item.activity.id, item.person.id, item.meeting?.id)
            guard wantedKeys.insert(itemKey).inserted else { continue }
            let previous = storedByKey[itemKey]
            var event = item.event
            event.uid = previous?.uid ?? uid(item.activity.id, item.person.id, item.meeting?.id, domain: domain)
            let attendee = InviteAttendee(
                user: CalendarUser(name: item.person.fullName, email: item.person.email.rawValue))
            var message = InviteMessage.request(of: event, for: attendee, dtstamp: now)
            let fingerprint: String
            do {
                fingerprint = try writer.fingerprint(of: message)
            } catch {
                throw .invalidArgument("invite \(event.uid): \(error)")
            }
            if let previous, previous.lastMethod == .request, previous.contentHash == fingerprint {
                unchanged += 1
                continue
            }
            message.event.sequence = previous.map { $0.sequence + 1 } ?? 0
            let file = fileName(item.activity.id, item.person.id, item.meeting?.id)
            let ics = try write(message, with: writer)
            let subject = InviteLanguage.catalogue(for: item.person, registry: registry).text(
                previous == nil ? "mail_subject_new" : "mail_subject_updated", ["summary": event.summary])
            messages.append(
                try email(
                    ics: ics, message: message, to: item.person, subject: subject, registry: registry, now: now,
                    mail: mail))
            try output.write(ics, to: file + ".ics")
            try output.write(messages.last!, to: file + ".eml")
            changes.append(
                Change(
                    change: previous == nil ? "new" : "updated", activity: item.activity.id.rawValue,
                    person: item.person.id.rawValue, meetingRequest: item.meeting?.id.rawValue, method: "REQUEST",
                    sequence: message.event.sequence, file: file + ".ics"))
            records.append(
                record(
                    message.event, activity: item.activity.id, person: item.person.id, meeting: item.meeting?.id,
                    method: .request, hash: fingerprint, now: now, previous: previous))
        }

        // Everyone who holds an invite that is no longer wanted gets a cancellation.
        for invite in stored where invite.lastMethod == .request && invite.end.instant > now {
            guard filter == nil || invite.activityID == filter,
                !wantedKeys.contains(key(invite.activityID, invite.personID, invite.meetingRequestID)),
                let person = people[invite.personID]
            else { continue }
            let texts = InviteLanguage.catalogue(for: person, registry: registry)
            let event = InviteEvent(
                uid: invite.uid, sequence: invite.sequence, organiser: organiser, attendees: [],
                summary: invite.summary,
                description: texts.text(
                    invite.meetingRequestID == nil ? "invite_cancelled_activity" : "invite_cancelled_meeting",
                    ["summary": invite.summary]),
                schedule: schedule(of: invite), location: invite.location, status: .cancelled)
            let attendee = InviteAttendee(user: CalendarUser(name: person.fullName, email: person.email.rawValue))
            let message = InviteMessage.withdrawal(
                of: attendee, from: event, sequence: invite.sequence + 1, dtstamp: now)
            let file = fileName(invite.activityID, invite.personID, invite.meetingRequestID)
            let ics = try write(message, with: writer)
            messages.append(
                try email(
                    ics: ics, message: message, to: person,
                    subject: texts.text("mail_subject_cancelled", ["summary": invite.summary]), registry: registry,
                    now: now, mail: mail))
            try output.write(ics, to: file + ".ics")
            try output.write(messages.last!, to: file + ".eml")
            changes.append(
                Change(
                    change: "cancelled", activity: invite.activityID.rawValue, person: invite.personID.rawValue,
                    meetingRequest: invite.meetingRequestID?.rawValue, method: "CANCEL", sequence: invite.sequence + 1,
                    file: file + ".ics"))
            var cancelled = invite
            cancelled.sequence += 1
            cancelled.lastMethod = .cancel
            cancelled.sentAt = now
            records.append(cancelled)
        }

        let feeds = try writeFeeds(
            activities: activities, registry: registry, filter: filter, now: now, writer: writer, output: output,
            domain: domain)
        let manifest = Manifest(generatedAt: ZonedInstant.formatUTC(now), changes: changes, unchanged: unchanged)
        try output.write(manifest.json(), to: "manifest.json")
        try output.commit()
        do {
            try workspace.store.saveInvites(records)
        } catch {
            throw .store(error)
        }
        var sent = 0
        if let sendmail {
            let transport = SendmailTransport(executable: sendmail)
            for message in messages {
                do {
                    try transport.send(message)
                    sent += 1
                } catch {
                    throw .output(path: sendmail.path, reason: "\(error) (\(sent) of \(messages.count) messages sent)")
                }
            }
        }
        return Report(changes: changes, unchanged: unchanged, feeds: feeds, sent: sent)
    }

    // MARK: - Pieces

    struct Manifest: Encodable {
        let generatedAt: String
        let changes: [Change]
        let unchanged: Int

        func json() -> Data {
            var data = (try? JSONEncoder.stable.encode(self)) ?? Data()
            data.append(0x0A)
            return data
        }
    }

    static func key(
        _ activity: Identifier<Activity>, _ person: Identifier<Person>, _ meeting: Identifier<MeetingRequest>?
    )
        -> String
    {
        "\(activity)|\(person)|\(meeting?.rawValue ?? "")"
    }

    /// Created once per invite and kept: `<activity>.<person>[.<meeting>]@<organiser's domain>`.
    static func uid(
        _ activity: Identifier<Activity>, _ person: Identifier<Person>, _ meeting: Identifier<MeetingRequest>?,
        domain: String
    ) -> String {
        "\(activity).\(person)\(meeting.map { ".\($0)" } ?? "")@\(domain)"
    }

    /// `<activity>/<person>` or `<activity>/<person>--<meeting>`: ids are `a-z0-9._-` only, so the
    /// names are safe on any file system.
    static func fileName(
        _ activity: Identifier<Activity>, _ person: Identifier<Person>, _ meeting: Identifier<MeetingRequest>?
    ) -> String {
        "\(activity)/\(person)\(meeting.map { "--\($0)" } ?? "")"
    }

    private static func write(_ message: InviteMessage, with writer: InviteWriter) throws(TwinLinkError) -> String {
        do {
            return try writer.write(message)
        } catch {
            throw .invalidArgument("invite \(message.event.uid) cannot be written: \(error)")
        }
    }

    private static func email(
        ics: String, message: InviteMessage, to person: Person, subject: String, registry: Registry, now: Date,
        mail: InviteEmailWriter
    ) throws(TwinLinkError) -> String {
        let organiser = registry.programme.organiser
        let texts = InviteLanguage.catalogue(for: person, registry: registry)
        let text =
            message.method == .cancel
            ? texts.text("mail_body_cancel", ["subject": subject])
            : texts.text("mail_body_request", ["summary": message.event.summary])
        let body = texts.text("mail_greeting", ["name": person.fullName]) + "\n\n" + text + "\n\n\(organiser.name)\n"
        do {
            return try mail.write(
                InviteEmail(
                    from: MailAddress(name: organiser.name, address: organiser.email.rawValue),
                    to: MailAddress(name: person.fullName, address: person.email.rawValue), subject: subject, date: now,
                    textBody: body, calendarText: ics, method: message.method == .cancel ? .cancel : .request,
                    uid: message.event.uid, sequence: message.event.sequence))
        } catch {
            throw .invalidArgument("e-mail to \(person.email) cannot be written: \(error)")
        }
    }

    private static func record(
        _ event: InviteEvent, activity: Identifier<Activity>, person: Identifier<Person>,
        meeting: Identifier<MeetingRequest>?, method: Invite.Method, hash: String, now: Date, previous: Invite?
    ) -> Invite {
        let (start, end, allDay): (ZonedInstant, ZonedInstant, Bool)
        switch event.schedule {
        case .allDay(let first, let last):
            let utc = TimeZoneID.utc
            let firstDate = LocalDate(year: first.year, month: first.month, day: first.day)!
            let lastDate = LocalDate(year: last.year, month: last.month, day: last.day)!
            (start, end, allDay) = (
                ZonedInstant(instant: firstDate.start(in: utc.timeZone), zone: utc),
                ZonedInstant(instant: lastDate.adding(days: 1).start(in: utc.timeZone), zone: utc), true
            )
        case .timed(let from, let to, let zone):
            let id = TimeZoneID(rawValue: zone) ?? .utc
            (start, end, allDay) = (ZonedInstant(instant: from, zone: id), ZonedInstant(instant: to, zone: id), false)
        }
        return Invite(
            activityID: activity, personID: person, meetingRequestID: meeting, uid: event.uid, sequence: event.sequence,
            lastMethod: method, contentHash: hash, sentAt: now, summary: event.summary, start: start, end: end,
            allDay: allDay, location: event.location, participationStatus: previous?.participationStatus)
    }

    private static func schedule(of invite: Invite) -> InviteSchedule {
        if invite.allDay {
            let first = LocalDate(invite.start.instant, in: invite.start.zone.timeZone)
            let last = LocalDate(invite.end.instant, in: invite.end.zone.timeZone).adding(days: -1)
            return .allDay(
                first: CalendarDay(year: first.year, month: first.month, day: first.day),
                last: CalendarDay(year: last.year, month: last.month, day: last.day))
        }
        return .timed(start: invite.start.instant, end: invite.end.instant, timeZone: invite.start.zone.rawValue)
    }

    /// A read-only feed per activity and one for the whole programme, for the coordinator's calendar.
    private static func writeFeeds(
        activities: [Activity], registry: Registry, filter: Identifier<Activity>?, now: Date, writer: InviteWriter,
        output: OutputBatch, domain: String
    ) throws(TwinLinkError) -> [String] {
        let events = Dictionary(uniqueKeysWithValues: registry.events.map { ($0.id, $0) })
        let text = InviteText(
            programme: registry.programme,
            cities: Dictionary(uniqueKeysWithValues: registry.partnerCities.map { ($0.id, $0) }),
            language: ReaderLanguage.coordinator(registry.programme))
        var all: [InviteEvent] = []
        var files: [String] = []
        for activity in activities where activity.status != .cancelled {
            guard let event = events[activity.eventID] else { continue }
            var content = text.event(for: activity, event: event, uid: "feed.\(activity.id)@\(domain)")
            content.alarm = nil
            all.append(content)
            guard filter == nil || filter == activity.id else { continue }
            let feed = CalendarFeed(name: text.engineText(activity.title), dtstamp: now, events: [content])
            let path = "feeds/\(activity.id).ics"
            do {
                try output.write(try writer.write(feed), to: path)
            } catch let error as TwinLinkError {
                throw error
            } catch {
                throw .invalidArgument("feed \(activity.id) cannot be written: \(error)")
            }
            files.append(path)
        }
        if filter == nil {
            let feed = CalendarFeed(name: registry.programme.name, dtstamp: now, events: all)
            do {
                try output.write(try writer.write(feed), to: "feeds/programme.ics")
            } catch let error as TwinLinkError {
                throw error
            } catch {
                throw .invalidArgument("the programme feed cannot be written: \(error)")
            }
            files.append("feeds/programme.ics")
        }
        return files
    }
}
