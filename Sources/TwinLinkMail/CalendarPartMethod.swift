/// The iTIP method of the calendar an e-mail carries; it is repeated in the MIME part's
/// `method=` parameter, which Outlook and Gmail read to offer Accept and Decline.
public enum CalendarPartMethod: String, Sendable, Hashable, CaseIterable {
    /// An invite or update.
    case request = "REQUEST"
    /// A cancellation.
    case cancel = "CANCEL"
    /// A read-only calendar.
    case publish = "PUBLISH"
}
