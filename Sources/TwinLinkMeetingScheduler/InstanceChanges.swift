/// Applies `ScheduleChange`s to an instance, checking each against the instance as the earlier changes
/// left it. Problems are located as `$.changes[i]…`.
struct InstanceChanges {
    let changes: [ScheduleChange]

    func apply(to original: MeetingInstance) throws(MeetingInstanceError) -> MeetingInstance {
        var instance = original
        var issues: [MeetingInstanceIssue] = []
        /// For each added request still in the instance: the change that added it.
        var addedBy: [String: Int] = [:]
        for (index, change) in changes.enumerated() {
            let path = "$.changes[\(index)]"
            switch change {
            case .cancelMeeting(let requestID):
                guard instance.requests.contains(where: { $0.id == requestID }) else {
                    issues.append(
                        MeetingInstanceIssue(
                            path: path + ".request", value: MeetingInstanceIssue.quoted(requestID),
                            problem: "no such request in the instance (unknown, or already cancelled)"))
                    continue
                }
                instance.requests.removeAll { $0.id == requestID }
                instance.lockedMeetings.removeAll { $0.requestID == requestID }
            case .cancelParticipant(let participantID):
                guard instance.participants.contains(where: { $0.id == participantID }) else {
                    issues.append(
                        MeetingInstanceIssue(
                            path: path + ".participant", value: MeetingInstanceIssue.quoted(participantID),
                            problem: "no such participant in the instance (unknown, or already cancelled)"))
                    continue
                }
                instance.participants.removeAll { $0.id == participantID }
                let gone = Set(
                    instance.requests.filter { $0.counterpart(of: participantID) != nil }.map(\.id))
                instance.requests.removeAll { gone.contains($0.id) }
                instance.lockedMeetings.removeAll { gone.contains($0.requestID) }
            case .addRequest(let request):
                addedBy[request.id] = index
                instance.requests.append(request)
            }
        }
        if !issues.isEmpty { throw MeetingInstanceError(issues: issues) }
        do {
            try instance.validate()
        } catch {
            throw MeetingInstanceError(issues: error.issues.map { relocate($0, in: instance, addedBy: addedBy) })
        }
        return instance
    }

    /// Rewrites `$.requests[k]…` paths of added requests as `$.changes[i].request…`.
    private func relocate(
        _ issue: MeetingInstanceIssue, in instance: MeetingInstance, addedBy: [String: Int]
    ) -> MeetingInstanceIssue {
        guard issue.path.hasPrefix("$.requests["), let close = issue.path.firstIndex(of: "]") else { return issue }
        let number = issue.path[issue.path.index(issue.path.startIndex, offsetBy: 11)..<close]
        guard let position = Int(number), instance.requests.indices.contains(position),
            let change = addedBy[instance.requests[position].id]
        else { return issue }
        var relocated = issue
        relocated.path = "$.changes[\(change)].request" + issue.path[issue.path.index(after: close)...]
        return relocated
    }
}
