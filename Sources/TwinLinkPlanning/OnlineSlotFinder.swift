public import Foundation
public import TwinLinkDomain
public import TwinLinkLocalization

/// Finds the time of an online meeting: on a working day of every party, never on a public
/// holiday of any, inside everyone's business hours; where no such hour exists, the least-bad
/// time, with whose hours it misses and by how much.
public struct OnlineSlotFinder: Sendable {
    /// The parties, the home city first: days and times are searched in its zone.
    public let parties: [MeetingParty]
    public let calendar: WorkingCalendar
    public let durationMinutes: Int
    /// Candidate start times are this far apart, from local midnight.
    public let stepMinutes = 15

    public init(parties: [MeetingParty], calendar: WorkingCalendar, durationMinutes: Int) {
        precondition(!parties.isEmpty, "a meeting needs parties")
        self.parties = parties
        self.calendar = calendar
        self.durationMinutes = durationMinutes
    }

    /// A proposed time and what it costs the parties.
    public struct Slot: Hashable, Sendable {
        public let start: Date
        public let end: Date
        /// Minutes outside business hours, per party name, only where more than zero.
        public let minutesOutside: [String: Int]
        /// Per party: minutes outside the hours plus minutes away from them.
        let deviations: [String: Int]

        public var isInsideEveryonesHours: Bool { minutesOutside.isEmpty }
        /// Least bad first: the smallest total deviation, then the smallest for any one party.
        var cost: [Int] { [deviations.values.reduce(0, +), deviations.values.max() ?? 0] }
    }

    /// The meeting at `start`, or why it cannot be held then at all (a weekend or holiday of a
    /// party, or a meeting across a party's midnight).
    public func evaluate(start: Date) -> Result<Slot, Closure> {
        let end = start.addingTimeInterval(TimeInterval(durationMinutes * 60))
        var outside: [String: Int] = [:]
        var deviations: [String: Int] = [:]
        for party in parties {
            let day = LocalDate(start, in: party.zone.timeZone)
            if let reason = calendar.closure(on: day, in: party.region) {
                return .failure(Closure(party: party.name, date: day, reason: reason))
            }
            guard let deviation = party.deviation(start: start, end: end) else {
                return .failure(Closure(party: party.name, date: day, reason: "the meeting would cross midnight"))
            }
            if deviation.outside > 0 {
                outside[party.name] = deviation.outside
                deviations[party.name] = deviation.outside + deviation.distance
            }
        }
        return .success(Slot(start: start, end: end, minutesOutside: outside, deviations: deviations))
    }

    /// Why a time is impossible for a party.
    public struct Closure: Error, Hashable, Sendable {
        public let party: String
        public let date: LocalDate
        public let reason: String

        public init(party: String, date: LocalDate, reason: String) {
            self.party = party
            self.date = date
            self.reason = reason
        }
    }

    /// Why no day of `window` has a time for everyone: each day with the first party it is closed
    /// for (`2027-12-24 public holiday (Christmas Eve) for Kraków`), the days of one reason run together.
    public func whyNoSlot(in window: ClosedRange<LocalDate>) -> Message {
        var reasons: [Message.Argument] = []
        var day = window.lowerBound
        while day <= window.upperBound {
            let closed = parties.lazy.compactMap { party in
                self.calendar.closureMessage(on: day, in: party.region).map {
                    Message("plan_day_closed", ["closure": .message($0), "party": .verbatim(party.name)])
                }
            }.first
            reasons.append(
                .message(
                    Message(
                        "plan_day_reason",
                        ["day": .day(day), "why": .message(closed ?? Message("plan_day_no_common_time"))])))
            day = day.adding(days: 1)
        }
        return Message(
            "plan_unplanned_no_day",
            ["from": .day(window.lowerBound), "to": .day(window.upperBound), "days": .list(reasons)])
    }

    /// The best time on the days of `window` (home-zone dates): days closest to `target` first
    /// (the earlier of two equally close), the earliest time of day first. Inside everyone's
    /// hours if any such time exists; otherwise the time with the fewest minutes outside them.
    /// `nil` when no day of the window is a working day for every party.
    public func bestSlot(in window: ClosedRange<LocalDate>, preferring target: LocalDate) -> Slot? {
        let home = parties[0].zone.timeZone
        var days: [LocalDate] = []
        var day = window.lowerBound
        while day <= window.upperBound {
            days.append(day)
            day = day.adding(days: 1)
        }
        days.sort { (abs($0.days(until: target)), $0) < (abs($1.days(until: target)), $1) }
        var leastBad: (slot: Slot, rank: Int)?
        for (rank, day) in days.enumerated() {
            for minute in stride(from: 0, to: 24 * 60, by: stepMinutes) {
                let local = LocalDateTime(date: day, time: LocalTime(hour: minute / 60, minute: minute % 60)!)
                guard let start = try? local.instant(in: home), case .success(let slot) = evaluate(start: start) else {
                    continue
                }
                if slot.isInsideEveryonesHours { return slot }
                if leastBad == nil
                    || (slot.cost + [rank]).lexicographicallyPrecedes(leastBad!.slot.cost + [leastBad!.rank])
                {
                    leastBad = (slot, rank)
                }
            }
        }
        return leastBad?.slot
    }

    /// A sentence for the coordinator about a slot outside someone's hours.
    public func note(for slot: Slot) -> Message? {
        guard !slot.isInsideEveryonesHours else { return nil }
        let misses = parties.compactMap { party -> Message.Argument? in
            guard let minutes = slot.minutesOutside[party.name] else { return nil }
            let local = LocalDateTime(slot.start, in: party.zone.timeZone)
            return .message(
                Message(
                    "plan_note_party_outside",
                    [
                        "party": .verbatim(party.name), "time": .verbatim(local.time.iso),
                        "hours": .verbatim(party.hours.iso),
                    ], count: minutes))
        }
        return Message("plan_note_outside_hours", ["parties": .list(misses)])
    }
}
