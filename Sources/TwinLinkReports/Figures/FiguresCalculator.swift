import TwinLinkDomain

/// Computes `ParticipationFigures` for slices of the records.
struct FiguresCalculator {
    let index: RecordsIndex

    func figures(_ slice: ReportSlice) -> ParticipationFigures {
        var figures = ParticipationFigures()
        var events: Set<Identifier<MutualEvent>> = []
        for activity in slice.activities {
            events.insert(activity.eventID)
            let invited = index.expectedPeople(at: activity).filter { !index.isStaff($0) && slice.person($0) }
            let recorded = index.recordedPeople(at: activity.id).filter(slice.person)
            figures.invited += invited.count
            for person in recorded {
                switch index.status(of: person, at: activity.id) {
                case .attended?: figures.attended += 1
                case .noShow?: figures.noShows += 1
                case .excused?: figures.excused += 1
                case .lateCancellation?: figures.lateCancellations += 1
                case nil: break
                }
            }
            switch slice.activityCount {
            case .all: figures.activities += 1
            case .withCountedPeople: figures.activities += invited.isEmpty && recorded.isEmpty ? 0 : 1
            }
            if activity.kind == .businessMeetings {
                let requested = index.records.registry.meetingRequests.filter {
                    $0.eventID == activity.eventID && slice.meeting($0)
                }
                figures.meetingsRequested += requested.count
                let scheduled = index.schedules[activity.id].map { Array($0.keys) } ?? []
                figures.meetingsScheduled += scheduled.compactMap { index.requests[$0] }.filter(slice.meeting).count
                let candidates = Set(index.meetings(of: activity).map(\.id) + index.attendedRequests(at: activity.id))
                figures.meetingsHeld +=
                    candidates.compactMap { index.requests[$0] }.filter {
                        slice.meeting($0) && index.isHeld($0, in: activity.id)
                    }.count
            }
        }
        for event in events {
            let applications = index.records.registry.applications.filter {
                $0.eventID == event && !$0.isWithdrawn && slice.firm($0.enterpriseID)
            }
            figures.applications += applications.count
            let accepted = Set(index.delegations[event]?.members.map(\.application.id) ?? [])
            figures.accepted += applications.filter { accepted.contains($0.id) }.count
        }
        let ids = Set(slice.activities.map(\.id))
        let outcomes = index.records.outcomes.filter { ids.contains($0.activityID) && slice.outcome($0) }
        let furthest = Dictionary(grouping: outcomes, by: \.contact).mapValues { $0.map(\.stage).max()! }
        figures.leads = furthest.values.filter { $0 >= .lead }.count
        figures.jointProjects = furthest.values.filter { $0 == .jointProject }.count
        let ratings = outcomes.compactMap(\.rating)
        figures.ratingSum = ratings.reduce(0, +)
        figures.ratingCount = ratings.count
        return figures
    }
}
