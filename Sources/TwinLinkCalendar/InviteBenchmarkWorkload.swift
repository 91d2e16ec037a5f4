public import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The invite benchmark of issue 5: one online meeting, one `REQUEST` per participant, written
/// to files. `Tests/ics-checks/bench_icalendar.py` builds the same invites with python
/// `icalendar`, so the two figures compare like with like.
public enum InviteBenchmarkWorkload {
    /// The meeting every participant is invited to: Tuesday 16 March 2027, 15:00–16:30 in Warsaw.
    public static let meeting = InviteEvent(
        uid: "bench-intro-2027@twinlink.example.org",
        sequence: 0,
        organiser: CalendarUser(name: "TwinLink Kraków, Programme Office", email: "programme@twinlink.example.org"),
        attendees: [],
        summary: "Online introduction: Kraków × Lviv, IT and printing",
        description: "Agenda:\n1. Welcome\n2. Five-minute pitches, one per firm; questions\n3. Next steps\n\n"
            + "Travel and accommodation are self-paid; the programme covers the venue and interpreting.",
        schedule: .timed(
            start: Date(timeIntervalSince1970: 1_805_205_600),  // 2027-03-16T14:00:00Z
            end: Date(timeIntervalSince1970: 1_805_211_000),  // 2027-03-16T15:30:00Z
            timeZone: "Europe/Warsaw"
        ),
        onlineMeetingURL: "https://meet.example.org/twinlink-bench",
        alarm: EventAlarm(message: "Online introduction starts in 15 minutes"),
        categories: ["Online meeting"]
    )

    /// 2027-01-15T08:00:00Z, the DTSTAMP of every benchmark invite.
    public static let dtstamp = Date(timeIntervalSince1970: 1_800_000_000)

    /// The invite of participant `index` (from 0): `Uczestniczka <index> Łukasiewicz`,
    /// `participant<index>@example.org`.
    public static func invite(forParticipant index: Int) -> InviteMessage {
        let attendee = InviteAttendee(
            user: CalendarUser(name: "Uczestniczka \(index) Łukasiewicz", email: "participant\(index)@example.org")
        )
        return .request(of: meeting, for: attendee, dtstamp: dtstamp)
    }

    /// Writes the invites of participants `0..<count` as `participant<index>.ics` into `folder`
    /// and returns the number of bytes written. Like the main job's output batches (and python,
    /// which never syncs), the files are not synced one by one: the folder is synced once at the end.
    public static func writeInvites(count: Int, into folder: URL, with writer: InviteWriter = InviteWriter()) throws
        -> Int
    {
        var bytes = 0
        let path = folder.path
        for index in 0..<count {
            let text = try writer.write(invite(forParticipant: index))
            bytes += try writeFile(text, to: path + "/participant\(index).ics")
        }
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY)
        if descriptor >= 0 {
            fsync(descriptor)
            close(descriptor)
        }
        return bytes
    }

    private static func writeFile(_ text: String, to path: String) throws -> Int {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path]) }
        defer { close(descriptor) }
        var text = text
        return try text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                guard written >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
                offset += written
            }
            return bytes.count
        }
    }
}
