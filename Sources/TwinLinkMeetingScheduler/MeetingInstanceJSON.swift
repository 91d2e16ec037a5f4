import Foundation

/// The standalone instance format (docs/meeting-scheduler-instance.md), so organisers can bring data from
/// other tools and anyone can check a schedule with another solver.
public enum MeetingInstanceJSON {
    /// The `format` value of an instance document.
    public static let instanceFormat = "twinlink-meeting-instance"

    /// Reads and validates an instance document. Every problem, syntax, shape or consistency, is reported with
    /// its JSON path and value.
    public static func decode(_ data: Data) throws(MeetingInstanceError) -> MeetingInstance {
        let root: JSONValue
        do {
            root = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw MeetingInstanceError(
                "$", value: "(the whole document)", "not valid JSON: \(Self.syntaxProblem(in: data))")
        }
        var reader = JSONInstanceReader()
        let (instance, issues) = reader.read(root)
        guard let instance, issues.isEmpty else { throw MeetingInstanceError(issues: issues) }
        try instance.validate()
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

    /// Foundation's description of a syntax error, with its byte offset turned into a line and column.
    private static func syntaxProblem(in data: Data) -> String {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return "the document is not a JSON object of the expected shape"
        } catch {
            let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            guard let marker = text.range(of: "character "),
                let offset = Int(text[marker.upperBound...].prefix { $0.isNumber })
            else { return text }
            var line = 1
            var column = 1
            for byte in data.prefix(offset) {
                if byte == 0x0A {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
            }
            return "\(text) (line \(line), column \(column))"
        }
    }
}
