public import TwinLinkDomain

/// A reference that the data for a document cannot resolve: the registry and the planned
/// activities disagree, which a person must fix before documents can be made.
public enum DocumentInputError: Error, Equatable, CustomStringConvertible {
    case unknownEvent(Identifier<MutualEvent>, activity: Identifier<Activity>)
    case unknownPartnerCity(Identifier<PartnerCity>, referencedBy: String)
    case unknownApplication(Identifier<Application>)
    case applicationForAnotherEvent(Identifier<Application>, event: Identifier<MutualEvent>)
    case unknownEnterprise(Identifier<LocalEnterprise>, referencedBy: String)
    case unknownPartnerEnterprise(Identifier<PartnerEnterprise>, referencedBy: String)
    case unknownPerson(Identifier<Person>, referencedBy: String)
    case unknownMeetingRequest(Identifier<MeetingRequest>)
    case meetingRequestForAnotherEvent(Identifier<MeetingRequest>, event: Identifier<MutualEvent>)

    public var description: String {
        switch self {
        case .unknownEvent(let event, let activity):
            "activity \(activity) belongs to event \(event), which is not in the registry"
        case .unknownPartnerCity(let city, let source):
            "\(source) names partner city \(city), which is not in the registry"
        case .unknownApplication(let application):
            "the allocation accepted application \(application), which is not in the registry"
        case .applicationForAnotherEvent(let application, let event):
            "application \(application) is for event \(event), not for this activity's event; use the allocation "
                + "of this activity"
        case .unknownEnterprise(let enterprise, let source):
            "\(source) names local enterprise \(enterprise), which is not in the registry"
        case .unknownPartnerEnterprise(let enterprise, let source):
            "\(source) names partner enterprise \(enterprise), which is not in the registry"
        case .unknownPerson(let person, let source):
            "\(source) names person \(person), who is not in the registry"
        case .unknownMeetingRequest(let request):
            "the schedule places meeting request \(request), which is not in the registry"
        case .meetingRequestForAnotherEvent(let request, let event):
            "the schedule places meeting request \(request) of event \(event), not of this activity's event"
        }
    }
}
