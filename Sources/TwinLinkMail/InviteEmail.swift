public import Foundation

/// An e-mail that carries one invite or cancellation to one participant.
public struct InviteEmail: Sendable, Hashable {
    /// The organiser.
    public var from: MailAddress
    /// The participant.
    public var to: MailAddress
    /// The subject line, in any script; line breaks become spaces.
    public var subject: String
    /// The `Date` header. Passed in, so the same input gives the same bytes.
    public var date: Date
    /// A short plain-text body, for mail programs that show no calendar.
    public var textBody: String
    /// The `.ics` text, exactly as the calendar writer made it.
    public var calendarText: String
    /// The calendar's METHOD, repeated in the `text/calendar` part.
    public var method: CalendarPartMethod
    /// The invite's UID and SEQUENCE, which make the Message-ID.
    public var uid: String
    public var sequence: Int
    /// The attachment's file name.
    public var attachmentName: String

    /// An e-mail from its parts.
    public init(
        from: MailAddress,
        to: MailAddress,
        subject: String,
        date: Date,
        textBody: String,
        calendarText: String,
        method: CalendarPartMethod,
        uid: String,
        sequence: Int,
        attachmentName: String = "invite.ics"
    ) {
        self.from = from
        self.to = to
        self.subject = subject
        self.date = date
        self.textBody = textBody
        self.calendarText = calendarText
        self.method = method
        self.uid = uid
        self.sequence = sequence
        self.attachmentName = attachmentName
    }
}
