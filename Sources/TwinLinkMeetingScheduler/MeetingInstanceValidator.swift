import FoundationEssentials

/// Finds every inconsistency of an instance, located by JSON path.
struct MeetingInstanceValidator {
    let instance: MeetingInstance
    /// Where the records stand in the document they were read from.
    let places: InstancePlaces
    private var found: [MeetingInstanceIssue] = []

    init(instance: MeetingInstance, places: InstancePlaces = InstancePlaces()) {
        self.instance = instance
        self.places = places
    }

    func issues() -> [MeetingInstanceIssue] {
        var validator = self
        validator.run()
        return validator.found
    }

    private mutating func report(_ path: String, _ value: String, _ problem: String) {
        found.append(MeetingInstanceIssue(path: path, value: value, problem: problem))
    }

    private mutating func run() {
        let slotIndex = uniqueIndex(of: instance.slots.map(\.id), collection: "slots")
        checkSlotTimes()
        let participantIndex = uniqueIndex(of: instance.participants.map(\.id), collection: "participants")
        let tableIndex = uniqueIndex(of: instance.tables.map(\.id), collection: "tables")
        for (index, participant) in instance.participants.enumerated() {
            let path = places.path("participants", index)
            if participant.maximumMeetings < 0 {
                report(
                    path + ".max_meetings", String(participant.maximumMeetings),
                    "a participant's maximum number of meetings is 0 or more")
            }
            checkSlotReferences(participant.unavailableSlotIDs, path: path + ".unavailable_slots", slotIndex)
        }
        for (index, table) in instance.tables.enumerated() {
            checkSlotReferences(
                table.unavailableSlotIDs, path: "\(places.path("tables", index)).unavailable_slots", slotIndex)
        }
        let requestIndex = uniqueIndex(of: instance.requests.map(\.id), collection: "requests")
        checkRequests(participantIndex)
        checkLockedMeetings(requestIndex: requestIndex, slotIndex: slotIndex, tableIndex: tableIndex)
    }

    /// Maps each id to its first position and reports empty and repeated ids.
    private mutating func uniqueIndex(of ids: [String], collection: String) -> [String: Int] {
        var index: [String: Int] = [:]
        for (position, id) in ids.enumerated() {
            let path = "\(places.path(collection, position)).id"
            if id.isEmpty {
                report(path, MeetingInstanceIssue.quoted(id), "an id must not be empty")
            } else if let first = index[id] {
                report(
                    path, MeetingInstanceIssue.quoted(id),
                    "duplicate id: already used by \(places.path(collection, first))")
            } else {
                index[id] = position
            }
        }
        return index
    }

    private mutating func checkSlotTimes() {
        if instance.slots.count > MeetingInstance.maximumSlotCount {
            report(
                "$.slots", "\(instance.slots.count) slots",
                "at most \(MeetingInstance.maximumSlotCount) slots per instance; split the session into several")
        }
        for (index, slot) in instance.slots.enumerated() {
            if slot.end <= slot.start {
                report(
                    "\(places.path("slots", index)).end", MeetingInstanceIssue.quoted(slot.end.formatted(.iso8601)),
                    "a slot must end after it starts (\(slot.start.formatted(.iso8601)))")
            }
            if index > 0, slot.start < instance.slots[index - 1].end {
                report(
                    "\(places.path("slots", index)).start", MeetingInstanceIssue.quoted(slot.start.formatted(.iso8601)),
                    "slots must be listed in chronological order without overlap: this slot starts before "
                        + "\(places.path("slots", index - 1)) ends (\(instance.slots[index - 1].end.formatted(.iso8601)))"
                )
            }
        }
    }

    private mutating func checkSlotReferences(_ ids: Set<String>, path: String, _ slotIndex: [String: Int]) {
        for id in ids.sorted() where slotIndex[id] == nil && !places.isRefused(id, in: "slots") {
            report(path, MeetingInstanceIssue.quoted(id), "unknown slot id")
        }
    }

    private mutating func checkRequests(_ participantIndex: [String: Int]) {
        var pairs: [Pair: Int] = [:]
        for (index, request) in instance.requests.enumerated() {
            let path = places.path("requests", index)
            let knownA = participantIndex[request.participantA] != nil
            let knownB = participantIndex[request.participantB] != nil
            if !knownA && !places.isRefused(request.participantA, in: "participants") {
                report(path + ".a", MeetingInstanceIssue.quoted(request.participantA), "unknown participant id")
            }
            if !knownB && !places.isRefused(request.participantB, in: "participants") {
                report(path + ".b", MeetingInstanceIssue.quoted(request.participantB), "unknown participant id")
            }
            if request.participantA == request.participantB {
                report(
                    path + ".b", MeetingInstanceIssue.quoted(request.participantB), "a participant cannot meet itself")
            } else if knownA && knownB {
                let pair = Pair(request.participantA, request.participantB)
                if let first = pairs[pair] {
                    report(
                        path, MeetingInstanceIssue.quoted(request.id),
                        "requests the same pair as \(places.path("requests", first)) (\(instance.requests[first].id)); "
                            + "merge them into one request and raise its weight")
                } else {
                    pairs[pair] = index
                }
            }
            if !RequestedMeeting.weights.contains(request.weight) {
                report(
                    path + ".weight", String(request.weight),
                    "a weight is an integer from \(RequestedMeeting.weights.lowerBound) to "
                        + "\(RequestedMeeting.weights.upperBound)")
            }
            if let asker = request.requestedBy, request.counterpart(of: asker) == nil {
                report(
                    path + ".requested_by", MeetingInstanceIssue.quoted(asker),
                    "must be one of the request's two participants (a or b)")
            }
        }
    }

    private mutating func checkLockedMeetings(
        requestIndex: [String: Int], slotIndex: [String: Int], tableIndex: [String: Int]
    ) {
        let participants = Dictionary(
            instance.participants.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var lockedRequests: [String: Int] = [:]
        var participantSlots: [Pair: Int] = [:]
        var tableSlots: [Pair: Int] = [:]
        var lockedCount: [String: Int] = [:]
        for (index, locked) in instance.lockedMeetings.enumerated() {
            let path = places.path("locked_meetings", index)
            let request = requestIndex[locked.requestID].map { instance.requests[$0] }
            if request == nil {
                if !places.isRefused(locked.requestID, in: "requests") {
                    report(path + ".request", MeetingInstanceIssue.quoted(locked.requestID), "unknown request id")
                }
            } else if let first = lockedRequests[locked.requestID] {
                report(
                    path + ".request", MeetingInstanceIssue.quoted(locked.requestID),
                    "this request is already locked by \(places.path("locked_meetings", first))")
            } else {
                lockedRequests[locked.requestID] = index
            }
            let slotKnown = slotIndex[locked.slotID] != nil
            if !slotKnown && !places.isRefused(locked.slotID, in: "slots") {
                report(path + ".slot", MeetingInstanceIssue.quoted(locked.slotID), "unknown slot id")
            }
            if let table = tableIndex[locked.tableID].map({ instance.tables[$0] }) {
                if table.unavailableSlotIDs.contains(locked.slotID) {
                    report(
                        path + ".table", MeetingInstanceIssue.quoted(locked.tableID),
                        "the table is unavailable in slot \(locked.slotID)")
                }
                let key = Pair(ordered: locked.tableID, locked.slotID)
                if slotKnown, let first = tableSlots[key] {
                    report(
                        path + ".table", MeetingInstanceIssue.quoted(locked.tableID),
                        "the table already hosts \(places.path("locked_meetings", first)) in slot \(locked.slotID)")
                } else {
                    tableSlots[key] = index
                }
            } else if !places.isRefused(locked.tableID, in: "tables") {
                report(path + ".table", MeetingInstanceIssue.quoted(locked.tableID), "unknown table id")
            }
            guard let request, slotKnown else { continue }
            for participantID in [request.participantA, request.participantB] {
                guard let participant = participants[participantID] else { continue }
                if participant.unavailableSlotIDs.contains(locked.slotID) {
                    report(
                        path + ".slot", MeetingInstanceIssue.quoted(locked.slotID),
                        "participant \(participantID) is unavailable in this slot")
                }
                let key = Pair(ordered: participantID, locked.slotID)
                if let first = participantSlots[key] {
                    report(
                        path + ".slot", MeetingInstanceIssue.quoted(locked.slotID),
                        "participant \(participantID) already meets in this slot in \(places.path("locked_meetings", first))"
                    )
                } else {
                    participantSlots[key] = index
                }
                lockedCount[participantID, default: 0] += 1
                if lockedCount[participantID] == participant.maximumMeetings + 1 {
                    report(
                        path + ".request", MeetingInstanceIssue.quoted(locked.requestID),
                        "participant \(participantID) accepts at most \(participant.maximumMeetings) meetings, "
                            + "fewer than the meetings locked for them")
                }
            }
        }
    }
}

/// Two ids as one dictionary key; unordered unless made with `ordered:`.
private struct Pair: Hashable {
    let first: String
    let second: String

    init(_ one: String, _ other: String) {
        (first, second) = one < other ? (one, other) : (other, one)
    }

    init(ordered first: String, _ second: String) {
        self.first = first
        self.second = second
    }
}
