public import Foundation

/// The standalone instance format (docs/meeting-scheduler-instance.md), so organisers can bring data from
/// other tools and anyone can check a schedule with another solver.
public enum MeetingInstanceJSON {
    /// The `format` value of an instance document.
    public static let instanceFormat = "twinlink-meeting-instance"

    /// Reads and validates an instance document. Every problem, syntax, shape or consistency, is reported with
    /// its JSON path and value.
    public static func decode(_ data: Data) throws(MeetingInstanceError) -> MeetingInstance {
        let root: JSONValue
        var issues: [MeetingInstanceIssue]
        do {
            (root, issues) = try StrictJSONParser.parse(data)
        } catch {
            throw MeetingInstanceError(issues: [error.issue])
        }
        var reader = JSONInstanceReader()
        let (instance, readIssues, places) = reader.read(root)
        issues += readIssues
        if let instance {
            issues += MeetingInstanceValidator(instance: instance, places: places).issues()
        }
        guard let instance, issues.isEmpty else { throw MeetingInstanceError(issues: issues) }
        return instance
    }

    /// Writes an instance in the same format, with sorted keys: the same instance gives the same bytes.
    public static func encode(_ instance: MeetingInstance) -> Data {
        let document = InstanceDocument(
            format: instanceFormat, version: 1,
            participants: instance.participants.map {
                .init(
                    id: $0.id, name: $0.name, maxMeetings: $0.maximumMeetings,
                    unavailableSlots: $0.unavailableSlotIDs.sorted())
            },
            slots: instance.slots.map { .init(id: $0.id, start: JSONTime.text($0.start), end: JSONTime.text($0.end)) },
            tables: instance.tables.map {
                .init(id: $0.id, name: $0.name, unavailableSlots: $0.unavailableSlotIDs.sorted())
            },
            requests: instance.requests.map {
                .init(id: $0.id, a: $0.participantA, b: $0.participantB, weight: $0.weight, requestedBy: $0.requestedBy)
            },
            lockedMeetings: instance.lockedMeetings.map {
                .init(request: $0.requestID, slot: $0.slotID, table: $0.tableID)
            })
        return StableJSON.encode(document)
    }
}
