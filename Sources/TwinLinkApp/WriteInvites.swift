public import Foundation
import TwinLinkCalendar
import TwinLinkDocuments
public import TwinLinkDomain
import TwinLinkLocalization
public import TwinLinkMail
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

    /// Decides, writes and records the invites in one write transaction: what each person was
    /// sent, and every e-mail in the outbox. Of two runs at once, the second waits and finds the
    /// first's invites recorded, so no message is issued twice. With `sendmail`, then delivers
    /// every pending e-mail of the outbox (this run's and any an earlier run could not deliver),
    /// marking each sent only once the transport accepted it.
    public static func run(
        workspace: Workspace, output: any OutputSink, activity filter: Identifier<Activity>? = nil, now: Date,
        sendmail: URL? = nil, queue: Bool = false
    ) async throws(TwinLinkError) -> Report {
        let path = workspace.databasePath
        // In a folder, the run's files are staged and go into place together (one sync per
        // folder) just before the transaction that records them commits.
        let batch: BatchedFolderSink?
        if let folder = output.folder {
            batch = try BatchedFolderSink(folder, name: output.name)
        } else {
            batch = nil
        }
        let sink: any OutputSink = batch ?? output
        var report = try await workspace.write { access in
            let report = try decide(
                in: access, databasePath: path, output: sink, filter: filter, now: now, queue: queue || sendmail != nil)
            // The folder is remembered, so that an erasure finds the person's invites there too.
            if let folder = output.folder, !report.changes.isEmpty {
                try access.recordInviteFolder(folder.standardizedFileURL.path, at: now)
            }
            try batch?.commit()
            return report
        }
        if let sendmail {
            report.sent = try await deliver(
                workspace: workspace, transport: SendmailTransport(executable: sendmail), name: sendmail.path)
        }
        return report
    }

    /// Delivers every deliverable e-mail of the outbox, oldest first, one at a time: each is
    /// claimed, handed to the transport (off the cooperative pool) and marked sent once accepted;
    /// a refused one is pending again and the delivery stops. Returns how many were sent.
    public static func deliver(workspace: Workspace, transport: SendmailTransport, name: String)
        async throws(TwinLinkError) -> Int
    {
        let clock = workspace.clock
        // A claim older than this belongs to a process that stopped while sending.
        let staleAfter: TimeInterval = 600
        let deliverable = try await workspace.read { access in
            try access.deliverableMessages(staleBefore: clock.system().addingTimeInterval(-staleAfter))
        }
        var sent = 0
        for message in deliverable {
            guard let id = message.id else { continue }
            let claimed = try await workspace.write { access in
                let now = clock.system()
                return try access.claim(id, at: now, staleBefore: now.addingTimeInterval(-staleAfter))
            }
            guard claimed else { continue }
            do {
                try await OffPool.run { () throws(MailDeliveryError) in try transport.send(message.message) }
            } catch {
                let reason = "\(error)"
                try await workspace.write { access in try access.markFailed(id, at: clock.system(), reason: reason) }
                throw .output(path: name, reason: "\(error) (\(sent) of \(deliverable.count) messages sent)")
            }
            try await workspace.write { access in try access.markSent(id, at: clock.system()) }
            sent += 1
        }
        return sent
    }

    /// Who should hold which invite now, against what each was last sent: the changes written to
    /// `output`, recorded, and queued, inside one write transaction.
    static func decide(
        in access: RegistryAccess, databasePath: String, output: any OutputSink, filter: Identifier<Activity>?,
        now: Date, queue: Bool
    ) throws -> Report {
        let registry = try Workspace.registry(in: access, databasePath: databasePath)
        let activities = try access.activities()
        let stored = try access.invites()
        let meetings = try access.allScheduledMeetings()
        let seating = try Seating(registry: registry, in: access)
        if let filter, !activities.contains(where: { $0.id == filter }) {
            throw TwinLinkError.notReady("no activity '\(filter)'", next: .planOrPreview)
        }
        let planner = InvitePlanner(
            registry: registry, activities: activities, seating: seating, meetings: meetings, now: now)
        let wanted = planner.wanted().filter { filter == nil || $0.activity.id == filter }

        let writer = InviteWriter()
        let mail = InviteEmailWriter()
        let languages = InviteLanguage.Lookup(registry)
        let domain =
            registry.programme.organiser.email.rawValue.split(separator: "@").last.map(String.init) ?? "twinlink"
        let people = Dictionary(uniqueKeysWithValues: registry.people.map { ($0.id, $0) })
        let organiser = CalendarUser(
            name: registry.programme.organiser.name, email: registry.programme.organiser.email.rawValue)
        var storedByKey: [String: Invite] = [:]
        for invite in stored { storedByKey[key(invite.activityID, invite.personID, invite.meetingRequestID)] = invite }

        var changes: [Change] = []
        var records: [Invite] = []
        var messages: [OutboxMessage] = []
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
                throw TwinLinkError.internalFailure("invite \(event.uid): \(error)")
            }
            if let previous, previous.lastMethod == .request, previous.contentHash == fingerprint {
                unchanged += 1
                continue
            }
            message.event.sequence = previous.map { $0.sequence + 1 } ?? 0
            let file = fileName(item.activity.id, item.person.id, item.meeting?.id)
            let ics = try write(message, with: writer)
            let subject = languages.catalogue(for: item.person).text(
                previous == nil ? "mail_subject_new" : "mail_subject_updated", ["summary": event.summary])
            let eml = try email(
                ics: ics, message: message, to: item.person, subject: subject, registry: registry,
                texts: languages.catalogue(for: item.person), now: now, mail: mail)
            messages.append(outboxMessage(eml, of: message, to: item.person, now: now, queue: queue))
            try flush(&messages, into: access)
            try output.put(ics, at: file + ".ics")
            try output.put(eml, at: file + ".eml")
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
            let texts = languages.catalogue(for: person)
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
            let eml = try email(
                ics: ics, message: message, to: person,
                subject: texts.text("mail_subject_cancelled", ["summary": invite.summary]), registry: registry,
                texts: texts, now: now, mail: mail)
            messages.append(outboxMessage(eml, of: message, to: person, now: now, queue: queue))
            try flush(&messages, into: access)
            try output.put(ics, at: file + ".ics")
            try output.put(eml, at: file + ".eml")
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
        // The manifest lists the invites of the last run that wrote any: a run that changes none
        // leaves it (and every other file) alone, and a folder without one gets an empty one.
        let existing = output.folder.map {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("manifest.json").path)
        }
        if !changes.isEmpty || existing != true {
            let manifest = Manifest(generatedAt: ZonedInstant.formatUTC(now), changes: changes, unchanged: unchanged)
            try output.put(manifest.json(), at: "manifest.json")
        }
        try access.saveInvites(records)
        try access.enqueue(messages)
        return Report(changes: changes, unchanged: unchanged, feeds: feeds, sent: 0)
    }

    // MARK: - Pieces

    /// Records the e-mails decided so far in the outbox (in the same transaction, in order) once
    /// there are enough of them, so that a large run does not hold every message in memory.
    private static func flush(_ messages: inout [OutboxMessage], into access: RegistryAccess, atLeast: Int = 256)
        throws
    {
        guard messages.count >= atLeast else { return }
        try access.enqueue(messages)
        messages.removeAll(keepingCapacity: true)
    }

    /// An e-mail for the outbox: pending delivery when this run sends, else written out only.
    private static func outboxMessage(
        _ eml: String, of message: InviteMessage, to person: Person, now: Date, queue: Bool
    ) -> OutboxMessage {
        OutboxMessage(
            uid: message.event.uid, sequence: message.event.sequence,
            method: message.method == .cancel ? "CANCEL" : "REQUEST",
            recipient: person.email.rawValue, message: eml, state: queue ? .pending : .written, queuedAt: now)
    }

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
            throw .internalFailure("invite \(message.event.uid) cannot be written: \(error)")
        }
    }

    private static func email(
        ics: String, message: InviteMessage, to person: Person, subject: String, registry: Registry,
        texts: Catalogue, now: Date, mail: InviteEmailWriter
    ) throws(TwinLinkError) -> String {
        let organiser = registry.programme.organiser
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
            throw .internalFailure("e-mail to \(person.email) cannot be written: \(error)")
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

    static func schedule(of invite: Invite) -> InviteSchedule {
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
        output: any OutputSink, domain: String
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
            let feed = CalendarFeed(name: text.title(activity), dtstamp: now, events: [content])
            let path = "feeds/\(activity.id).ics"
            do {
                try output.put(try writer.write(feed), at: path)
            } catch let error as TwinLinkError {
                throw error
            } catch {
                throw .internalFailure("feed \(activity.id) cannot be written: \(error)")
            }
            files.append(path)
        }
        if filter == nil {
            let feed = CalendarFeed(name: registry.programme.name, dtstamp: now, events: all)
            do {
                try output.put(try writer.write(feed), at: "feeds/programme.ics")
            } catch let error as TwinLinkError {
                throw error
            } catch {
                throw .internalFailure("the programme feed cannot be written: \(error)")
            }
            files.append("feeds/programme.ics")
        }
        return files
    }
}
