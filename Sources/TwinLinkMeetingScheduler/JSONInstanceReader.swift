import Foundation

/// Reads the instance document (docs/meeting-scheduler-instance.md) from a `JSONValue`, collecting every
/// problem with its JSON path and value.
struct JSONInstanceReader {
    private var issues: [MeetingInstanceIssue] = []

    /// The instance made of every record that could be read, with where each stands, and every
    /// problem found; no instance when the document is not an object.
    mutating func read(_ root: JSONValue) -> (MeetingInstance?, [MeetingInstanceIssue], InstancePlaces) {
        var places = InstancePlaces()
        guard let document = object(root, at: "$", keys: Keys.document) else { return (nil, issues, places) }
        if let format = document["format"], let text = string(format, at: "$.format"),
            text != MeetingInstanceJSON.instanceFormat
        {
            report("$.format", format, "expected \"\(MeetingInstanceJSON.instanceFormat)\"")
        }
        if let version = document["version"], let number = integer(version, at: "$.version"), number != 1 {
            report("$.version", version, "this reader knows version 1 only")
        }
        /// The records of one collection that could be read; the ids of the others are noted.
        func records<T>(_ key: String, required: Bool, _ read: (inout Self, JSONValue, String) -> T?) -> [T] {
            var kept: [T] = []
            for (position, (value, path)) in elements(document, key, required: required).enumerated() {
                if let record = read(&self, value, path) {
                    kept.append(record)
                    places.origins[key, default: []].append(position)
                } else if case .object(let fields) = value, case .string(let id)? = fields["id"] {
                    places.refusedIDs[key, default: []].insert(id)
                }
            }
            return kept
        }
        let slots = records("slots", required: true) { $0.slot($1, at: $2) }
        let participants = records("participants", required: true) {
            $0.participant($1, at: $2, slotCount: slots.count)
        }
        let tables = records("tables", required: true) { $0.table($1, at: $2) }
        let requests = records("requests", required: true) { $0.request($1, at: $2) }
        let locked = records("locked_meetings", required: false) { $0.lockedMeeting($1, at: $2) }
        let instance = MeetingInstance(
            participants: participants, slots: slots, tables: tables, requests: requests, lockedMeetings: locked)
        return (instance, issues, places)
    }

    private enum Keys {
        static let document: Set<String> = [
            "format", "version", "participants", "slots", "tables", "requests", "locked_meetings",
        ]
        static let participant: Set<String> = ["id", "name", "max_meetings", "unavailable_slots"]
        static let slot: Set<String> = ["id", "start", "end"]
        static let table: Set<String> = ["id", "name", "unavailable_slots"]
        static let request: Set<String> = ["id", "a", "b", "weight", "requested_by"]
        static let locked: Set<String> = ["request", "slot", "table"]
    }

    // MARK: - Records

    private mutating func participant(_ value: JSONValue, at path: String, slotCount: Int) -> MeetingParticipant? {
        guard let fields = object(value, at: path, keys: Keys.participant) else { return nil }
        let id = requiredString(fields, "id", at: path)
        let name = fields["name"].flatMap { string($0, at: path + ".name") }
        var cap = slotCount
        if let field = fields["max_meetings"], let number = integer(field, at: path + ".max_meetings") {
            cap = number
        }
        let unavailable = idList(fields["unavailable_slots"], at: path + ".unavailable_slots")
        guard let id else { return nil }
        return MeetingParticipant(id: id, name: name, maximumMeetings: cap, unavailableSlotIDs: Set(unavailable))
    }

    private mutating func slot(_ value: JSONValue, at path: String) -> MeetingSlot? {
        guard let fields = object(value, at: path, keys: Keys.slot) else { return nil }
        let id = requiredString(fields, "id", at: path)
        let start = time(fields, "start", at: path)
        let end = time(fields, "end", at: path)
        guard let id, let start, let end else { return nil }
        return MeetingSlot(id: id, start: start, end: end)
    }

    private mutating func table(_ value: JSONValue, at path: String) -> MeetingTable? {
        guard let fields = object(value, at: path, keys: Keys.table) else { return nil }
        let id = requiredString(fields, "id", at: path)
        let name = fields["name"].flatMap { string($0, at: path + ".name") }
        let unavailable = idList(fields["unavailable_slots"], at: path + ".unavailable_slots")
        guard let id else { return nil }
        return MeetingTable(id: id, name: name, unavailableSlotIDs: Set(unavailable))
    }

    private mutating func request(_ value: JSONValue, at path: String) -> RequestedMeeting? {
        guard let fields = object(value, at: path, keys: Keys.request) else { return nil }
        let id = requiredString(fields, "id", at: path)
        let a = requiredString(fields, "a", at: path)
        let b = requiredString(fields, "b", at: path)
        var weight: Int?
        if let field = fields["weight"] {
            weight = integer(field, at: path + ".weight")
        } else {
            report(path + ".weight", .null, "missing: every request has an integer weight from 1 to 3")
        }
        let asker = fields["requested_by"].flatMap { string($0, at: path + ".requested_by") }
        guard let id, let a, let b, let weight else { return nil }
        return RequestedMeeting(id: id, participantA: a, participantB: b, weight: weight, requestedBy: asker)
    }

    private mutating func lockedMeeting(_ value: JSONValue, at path: String) -> LockedMeeting? {
        guard let fields = object(value, at: path, keys: Keys.locked) else { return nil }
        let request = requiredString(fields, "request", at: path)
        let slot = requiredString(fields, "slot", at: path)
        let table = requiredString(fields, "table", at: path)
        guard let request, let slot, let table else { return nil }
        return LockedMeeting(requestID: request, slotID: slot, tableID: table)
    }

    // MARK: - Values

    private mutating func report(_ path: String, _ value: JSONValue, _ problem: String) {
        issues.append(MeetingInstanceIssue(path: path, value: value.shown, problem: problem))
    }

    private mutating func object(_ value: JSONValue, at path: String, keys: Set<String>) -> [String: JSONValue]? {
        guard case .object(let fields) = value else {
            report(path, value, "expected an object, found \(value.kind)")
            return nil
        }
        for key in fields.keys.sorted() where !keys.contains(key) {
            report(
                path + "." + key, fields[key]!,
                "unknown field; the fields here are " + keys.sorted().joined(separator: ", "))
        }
        return fields
    }

    /// The elements of the array at `key`, each with its path.
    private mutating func elements(
        _ fields: [String: JSONValue], _ key: String, required: Bool
    ) -> [(JSONValue, String)] {
        let path = "$." + key
        guard let value = fields[key] else {
            if required { report(path, .null, "missing: the instance needs a list of \(key)") }
            return []
        }
        guard case .array(let elements) = value else {
            report(path, value, "expected an array, found \(value.kind)")
            return []
        }
        return elements.enumerated().map { index, item in (item, "\(path)[\(index)]") }
    }

    private mutating func string(_ value: JSONValue, at path: String) -> String? {
        guard case .string(let text) = value else {
            report(path, value, "expected a string, found \(value.kind)")
            return nil
        }
        return text
    }

    private mutating func requiredString(_ fields: [String: JSONValue], _ key: String, at path: String) -> String? {
        guard let value = fields[key] else {
            report(path + "." + key, .null, "missing: required string")
            return nil
        }
        return string(value, at: path + "." + key)
    }

    private mutating func integer(_ value: JSONValue, at path: String) -> Int? {
        guard case .integer(let number) = value else {
            report(path, value, "expected an integer, found \(value.kind)")
            return nil
        }
        return number
    }

    private mutating func idList(_ value: JSONValue?, at path: String) -> [String] {
        guard let value else { return [] }
        guard case .array(let elements) = value else {
            report(path, value, "expected an array of slot ids, found \(value.kind)")
            return []
        }
        var ids: [String] = []
        for (index, element) in elements.enumerated() {
            if let id = string(element, at: "\(path)[\(index)]") { ids.append(id) }
        }
        return ids
    }

    private mutating func time(_ fields: [String: JSONValue], _ key: String, at path: String) -> Date? {
        guard let text = requiredString(fields, key, at: path) else { return nil }
        guard let date = StrictISOInstant.parse(text) else {
            report(
                path + "." + key, .string(text),
                "expected an ISO 8601 date and time with a UTC offset, e.g. 2026-06-10T09:00:00+02:00, "
                    + "naming a day and time that exist (no 30 February, no second 61)")
            return nil
        }
        return date
    }
}
