import Foundation
import Testing
import TwinLinkDomain
import TwinLinkImport
import TwinLinkStore
import TwinLinkTestSupport

/// A store with the mini registry imported and one planned study visit (forum, 2027-05-04 to 05).
private func prepared() async throws -> RegistryStore {
    let store = try RegistryStore.inMemory()
    let folder = try MiniRegistry().write()
    let registry = try RegistryReader().read(directory: URL(fileURLWithPath: folder), displayPath: folder)
    _ = try await store.write({ try $0.apply(registry, source: folder, at: Date(timeIntervalSince1970: 1_796_000_000)) }
    )
    let zone = TimeZoneID(rawValue: "Europe/Berlin")!
    let start = try LocalDateTime(iso: "2027-05-03T00:00")!.instant(in: zone.timeZone)
    _ = try await store.write({
        try $0.saveActivities([
            Activity(
                id: Identifier(trusted: "visit-ev-forum"), eventID: Identifier(trusted: "ev-forum"),
                kind: .outgoingStudyVisit, title: "Visit", start: ZonedInstant(instant: start, zone: zone),
                end: ZonedInstant(instant: start.addingTimeInterval(4 * 86_400), zone: zone))
        ])
    })
    return store
}

private func record(_ person: String, day: String?, _ status: AttendanceRecord.Status, source: String = "sheet.csv:2")
    -> AttendanceEntry
{
    AttendanceEntry(
        record: AttendanceRecord(
            activityID: Identifier(trusted: "visit-ev-forum"), personID: Identifier(trusted: person),
            day: day.flatMap(LocalDate.init(iso:)), status: status, source: source),
        checkedInAt: day == nil ? nil : ZonedInstant.parseInstant("\(day!)T09:05:00+02:00"))
}

private func outcome(_ kind: OutcomeKind?, followUp: Bool = false, rating: Int? = 3) -> RecordedOutcome {
    RecordedOutcome(
        activityID: Identifier(trusted: "visit-ev-forum"), enterpriseID: Identifier(trusted: "sme-drewno"),
        partnerEnterpriseID: Identifier(trusted: "pe-holz"), kind: kind, check: followUp ? .followUp : .initial,
        date: LocalDate(iso: "2027-05-20")!, note: "note", rating: rating, source: "outcomes.csv:2")
}

@Suite("Attendance, outcomes and costs in the store")
struct AttendanceStoreTests {
    @Test("the attendance migration comes after the others")
    func migration() async throws {
        let migrations = try await RegistryStore.inMemory().read({ try $0.appliedMigrations() })
        #expect(migrations.firstIndex(of: "v5-attendance") == migrations.firstIndex(of: "v4-invites").map { $0 + 1 })
        #expect(try await RegistryStore.inMemory().read({ try $0.rowCounts() })["activity_costs"] == 0)
    }

    @Test("attendance records round-trip with their check-in time; a record for the same key replaces the old")
    func attendance() async throws {
        let store = try await prepared()
        let first = [record("p-anna", day: "2027-05-04", .attended), record("p-jan", day: nil, .excused)]
        let saved = try await store.write({ try $0.saveAttendance(first) })
        #expect((saved.inserted, saved.updated, saved.unchanged) == (2, 0, 0))
        await #expect(
            try store.write({ try $0.attendance() }) == first.sorted { $0.record.personID < $1.record.personID })
        let again = try await store.write({ try $0.saveAttendance(first) })
        #expect((again.inserted, again.updated, again.unchanged) == (0, 0, 2))
        let corrected = try await store.write({
            try $0.saveAttendance([record("p-jan", day: nil, .lateCancellation, source: "set by ewa")])
        })
        #expect((corrected.inserted, corrected.updated) == (0, 1))
        await #expect(try store.write({ try $0.attendance() }).map(\.record.status) == [.attended, .lateCancellation])
        // Another day is another record.
        _ = try await store.write({ try $0.saveAttendance([record("p-anna", day: "2027-05-05", .noShow)]) })
        await #expect(try store.write({ try $0.attendance() }).count == 3)
    }

    @Test("outcomes round-trip, 'nothing yet' included; one per contact, kind and check")
    func outcomes() async throws {
        let store = try await prepared()
        let saved = try await store.write({
            try $0.saveOutcomes([
                outcome(nil, rating: 2), outcome(.lead), outcome(.contract, followUp: true),
            ])
        })
        #expect(saved.inserted == 3)
        let stored = try await store.write({ try $0.outcomes() })
        #expect(Set(stored) == Set([outcome(nil, rating: 2), outcome(.lead), outcome(.contract, followUp: true)]))
        let rerated = try await store.write({ try $0.saveOutcomes([outcome(.lead, rating: 5)]) })
        #expect((rerated.inserted, rerated.updated) == (0, 1))
        await #expect(try store.write({ try $0.outcomes() }).first { $0.kind == .lead }?.rating == 5)
    }

    @Test("costs round-trip in cents and replace the activity's earlier costs")
    func costs() async throws {
        let store = try await prepared()
        var costs = ActivityCosts(
            activityID: Identifier(trusted: "visit-ev-forum"), preparationHours: WorkHours(hundredths: 1050),
            hourlyRate: .euros(45_00), hall: .euros(0), service: .euros(620_50), smeCostPerDelegate: .euros(680_00),
            note: "regulations § 7", source: "costs.csv:2")
        _ = try await store.write({ [costs] access in try access.saveAttendanceCosts([costs]) })
        await #expect(try store.write({ try $0.attendanceCosts() }) == [costs])
        costs.hall = .euros(2400_00)
        let resaved = try await store.write({ [costs] access in try access.saveAttendanceCosts([costs]) })
        #expect(resaved.updated == 1)
        await #expect(try store.write({ try $0.attendanceCosts() }) == [costs])
    }

    @Test("attendance, outcomes and costs are saved all or nothing")
    func allOrNothing() async throws {
        let store = try await prepared()
        let unknownActivity = ActivityCosts(
            activityID: Identifier(trusted: "visit-nowhere"), preparationHours: WorkHours(hundredths: 100),
            hourlyRate: .euros(1),
            hall: .euros(0), service: .euros(0), smeCostPerDelegate: .euros(0), source: "costs.csv:3")
        await #expect(throws: StoreError.self) {
            _ = try await store.write({
                try $0.saveAttendanceRecords(
                    attendance: [record("p-anna", day: "2027-05-04", .attended)], outcomes: [outcome(.lead)],
                    costs: [unknownActivity])
            })
        }
        await #expect(try store.write({ try $0.attendance() }).isEmpty)
        await #expect(try store.write({ try $0.outcomes() }).isEmpty)
        let changes = try await store.write({
            try $0.saveAttendanceRecords(
                attendance: [record("p-anna", day: "2027-05-04", .attended)], outcomes: [outcome(.lead)], costs: [])
        })
        #expect(changes.tables.map(\.name) == ["attendance", "outcomes", "activity_costs"])
        #expect(changes.tables.map(\.inserted) == [1, 1, 0])
    }

    @Test("no allocation run yet: no versions")
    func versions() async throws {
        #expect(try await prepared().read({ try $0.latestAllocationVersions() }).isEmpty)
    }
}
