/// The instance document's shape, for writing (`MeetingInstanceJSON.encode`).
struct InstanceDocument: Encodable {
    struct Participant: Encodable {
        let id: String
        let name: String
        let maxMeetings: Int
        let unavailableSlots: [String]

        enum CodingKeys: String, CodingKey {
            case id, name
            case maxMeetings = "max_meetings"
            case unavailableSlots = "unavailable_slots"
        }
    }

    struct Slot: Encodable {
        let id: String
        let start: String
        let end: String
    }

    struct Table: Encodable {
        let id: String
        let name: String
        let unavailableSlots: [String]

        enum CodingKeys: String, CodingKey {
            case id, name
            case unavailableSlots = "unavailable_slots"
        }
    }

    struct Request: Encodable {
        let id: String
        let a: String
        let b: String
        let weight: Int
        let requestedBy: String?

        enum CodingKeys: String, CodingKey {
            case id, a, b, weight
            case requestedBy = "requested_by"
        }
    }

    struct Locked: Encodable {
        let request: String
        let slot: String
        let table: String
    }

    let format: String
    let version: Int
    let participants: [Participant]
    let slots: [Slot]
    let tables: [Table]
    let requests: [Request]
    let lockedMeetings: [Locked]

    enum CodingKeys: String, CodingKey {
        case format, version, participants, slots, tables, requests
        case lockedMeetings = "locked_meetings"
    }
}
