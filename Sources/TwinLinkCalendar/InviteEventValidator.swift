import Foundation

/// Checks an event against what TwinLink promises its invites are, before libical sees it.
enum InviteEventValidator {
    /// Throws the first problem of `event` when sent with `method`.
    static func check(_ event: InviteEvent, method: ITIPMethod) throws(InviteWriteError) {
        let uid = event.uid
        guard !uid.isEmpty, !uid.unicodeScalars.contains(where: isControl) else { throw .invalidUID(uid) }
        guard event.sequence >= 0 else { throw .negativeSequence(uid: uid, sequence: event.sequence) }
        guard isBareAddress(event.organiser.email) else { throw .invalidEmail(event.organiser.email, uid: uid) }
        try checkAttendees(event)
        try checkSchedule(event.schedule, uid: uid)
        for category in event.categories where category.contains(where: { ",;\n\r".contains($0) }) {
            throw .invalidCategory(category, uid: uid)
        }
        if let geo = event.geo, !geo.isValid {
            throw .invalidGeo(geo, uid: uid)
        }
        if let link = event.onlineMeetingURL, !isWebLink(link) {
            throw .invalidURL(link, uid: uid)
        }
        if let alarm = event.alarm, alarm.minutesBefore < 1 {
            throw .invalidAlarm(minutesBefore: alarm.minutesBefore, uid: uid)
        }
        switch (method, event.status) {
        case (.reply, _):
            throw .unsupportedMethod(method)
        case (.cancel, .cancelled), (.request, .confirmed), (.request, .tentative), (.publish, .confirmed),
            (.publish, .tentative):
            break
        default:
            throw .statusContradictsMethod(status: event.status, method: method, uid: uid)
        }
    }

    /// The checks of what differs between the messages of one template: the UID, the SEQUENCE
    /// and the attendees (the rest was checked with the template).
    static func checkPersonal(_ event: InviteEvent) throws(InviteWriteError) {
        let uid = event.uid
        guard !uid.isEmpty, !ControlCharacters.contained(in: uid) else { throw .invalidUID(uid) }
        guard event.sequence >= 0 else { throw .negativeSequence(uid: uid, sequence: event.sequence) }
        try checkAttendees(event)
    }

    private static func checkAttendees(_ event: InviteEvent) throws(InviteWriteError) {
        let uid = event.uid
        var seen: Set<String> = []
        let organiser = event.organiser.email.lowercased()
        for attendee in event.attendees {
            let email = attendee.user.email
            guard isBareAddress(email) else { throw .invalidEmail(email, uid: uid) }
            let lowered = email.lowercased()
            guard lowered != organiser else { throw .organiserIsAttendee(email: email, uid: uid) }
            guard seen.insert(lowered).inserted else { throw .duplicateAttendee(email: email, uid: uid) }
        }
    }

    private static func checkSchedule(_ schedule: InviteSchedule, uid: String) throws(InviteWriteError) {
        switch schedule {
        case .allDay(let first, let last):
            for day in [first, last] where !day.isValid {
                throw .invalidDay(day, uid: uid)
            }
            guard first <= last else { throw .endBeforeStart(uid: uid) }
        case .timed(let start, let end, _):
            guard start <= end else { throw .endBeforeStart(uid: uid) }
        }
    }

    /// `local@domain` with no spaces, controls, or characters that would break a `mailto:` URI
    /// or a mail header.
    static func isBareAddress(_ text: String) -> Bool {
        // ASCII, as addresses almost always are: the same test on bytes.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var ats = 0
            var atIndex = 0
            for (index, byte) in text.utf8.enumerated() {
                switch byte {
                case 0x40:
                    ats += 1
                    atIndex = index
                case 0x3C, 0x3E, 0x28, 0x29, 0x5B, 0x5D, 0x5C, 0x2C, 0x3B, 0x3A, 0x22, 0x20: return false
                case 0x00...0x1F, 0x7F: return false
                default: break
                }
            }
            return ats == 1 && atIndex > 0 && atIndex < text.utf8.count - 1
        }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return false }
        let forbidden = Set("<>()[]\\,;:\" ")
        return !text.contains(where: { forbidden.contains($0) })
            && !text.unicodeScalars.contains(where: { isControl($0) || $0.properties.isWhitespace })
    }

    /// An absolute `https` or `http` URL with a host and no spaces.
    private static func isWebLink(_ text: String) -> Bool {
        guard !text.contains(where: \.isWhitespace), let url = URL(string: text), let scheme = url.scheme?.lowercased(),
            scheme == "https" || scheme == "http", let host = url.host(), !host.isEmpty
        else { return false }
        return true
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control
    }
}
