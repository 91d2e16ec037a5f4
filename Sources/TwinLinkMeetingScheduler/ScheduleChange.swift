/// A change to an instance after its schedule was announced.
public enum ScheduleChange: Sendable, Hashable {
    /// The meeting of this request is cancelled (even a locked one): the request leaves the instance.
    case cancelMeeting(requestID: String)
    /// The participant withdraws: they, their requests and their meetings leave the instance.
    case cancelParticipant(participantID: String)
    /// A request that came in late joins the instance.
    case addRequest(RequestedMeeting)
}
