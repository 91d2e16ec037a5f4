import Foundation
import Testing
import TwinLinkAllocation
import TwinLinkDomain
import TwinLinkImport
import TwinLinkStore
import TwinLinkTestSupport

/// The allocation's tables: regulations, versions with their decisions, withdrawals, overrides
/// and the audit trail, each written and read back as it was.
@Suite("Allocation in the store")
struct AllocationStoreTests {
    static let now = Date(timeIntervalSince1970: 1_796_040_000)  // 2026-12-01T12:00:00Z
    static let forum = Identifier<Activity>(trusted: "visit-ev-2027-05-nuremberg-forum")

    /// The fixtures' registry and the forum's study visit, in a fresh database.
    static func store() async throws -> (RegistryStore, Registry) {
        let registry = try RegistryReader().read(
            directory: URL(fileURLWithPath: RepositoryPaths.fixtures), displayPath: "fixtures")
        let store = try RegistryStore.inMemory()
        _ = try await store.write({ try $0.apply(registry, source: "fixtures", at: now) })
        let zone = TimeZoneID(rawValue: "Europe/Warsaw")!
        _ = try await store.write({
            try $0.saveActivities([
                Activity(
                    id: forum, eventID: Identifier(trusted: "ev-2027-05-nuremberg-forum"), kind: .outgoingStudyVisit,
                    title: "Study visit to Nuremberg",
                    start: ZonedInstant(instant: ZonedInstant.parseInstant("2027-05-02T22:00:00Z")!, zone: zone),
                    end: ZonedInstant(instant: ZonedInstant.parseInstant("2027-05-06T22:00:00Z")!, zone: zone))
            ])
        })
        return (store, registry)
    }

    static let rules = ActivityRules(
        eligibility: EligibilityRules(informationMaterialBy: .daysBeforeStart(30)),
        capacity: CapacityRules(seats: 12, delegatesDefault: 1, delegatesMax: 2),
        quotas: QuotaRules(reserved: [
            ReservedSeats(name: "micro-firms", firms: FirmSelector(sizeClasses: [.micro]), seats: 3)
        ]),
        priority: PriorityRules(keySectorPoints: 20, pointsPerWeekBeforeClose: 1, applicationTimeMax: 8),
        costs: CostRules(travel: .euros(180_00), accommodation: .euros(405_00), fees: .euros(150_00)),
        deadlines: DeadlineRules(
            applicationsOpen: .on(LocalDate(iso: "2026-09-15")!), applicationsClose: .on(LocalDate(iso: "2026-11-30")!),
            decision: .on(LocalDate(iso: "2026-12-04")!), confirmation: .on(LocalDate(iso: "2026-12-18")!)))

    /// A real run of the forum's 30 applications under `rules`.
    static func version(_ registry: Registry, number: Int, withdrawn: Set<String> = []) -> AllocationVersion {
        let applicants = registry.applications.filter { $0.seatActivityID == forum }.map {
            application in
            Applicant(
                application: application, enterprise: registry.enterprises.first { $0.id == application.enterpriseID }!,
                links: registry.enterpriseLinks.filter { $0.enterpriseID == application.enterpriseID },
                withdrawal: withdrawn.contains(application.id.rawValue) || application.withdrawnAt != nil
                    ? Withdrawal(at: application.withdrawnAt ?? now, recordedBy: "Ewa Nowak") : nil)
        }
        let input = AllocationInput(
            activity: AllocationActivity(
                id: forum, title: "Forum", firstDay: LocalDate(iso: "2027-05-03")!,
                lastDay: LocalDate(iso: "2027-05-06")!),
            rules: rules, homeCity: registry.programme.homeCity, applicants: applicants, seed: 7,
            runDay: LocalDate(iso: "2026-12-01")!)
        let result = SeatAllocator().allocateSeats(for: input)
        let run = AllocationRun(
            id: Identifier(trusted: "\(forum).v\(number)"), activityID: forum, version: number,
            ranAt: now.addingTimeInterval(Double(number) * 60), seed: result.seed, inputsHash: result.inputsHash,
            actor: "Ewa Nowak")
        return AllocationVersion(run: run, result: result, trigger: number == 1 ? "allocate" : "withdrawal")
    }

    static func audit(_ detail: String, action: String = AuditEntry.allocate, minute: Double = 0) -> AuditEntry {
        AuditEntry(
            at: now.addingTimeInterval(minute * 60), actor: "Ewa Nowak", action: action, subject: forum.rawValue,
            detail: detail)
    }

    @Test("the allocation migration is applied after the planning one")
    func migration() async throws {
        let migrations = try await RegistryStore.inMemory().read({ try $0.appliedMigrations() })
        let planning = try #require(migrations.firstIndex(of: "v2-planning"))
        #expect(migrations.firstIndex(of: "v3-allocation") == planning + 1)
    }

    @Test("regulations are stored whole and replaced only when they change")
    func regulations() async throws {
        let (store, _) = try await Self.store()
        await #expect(try store.write({ try $0.regulations() }) == nil)
        let regulations = Regulations(
            defaults: Self.rules,
            activities: [
                Self.forum: ActivityRules(
                    eligibility: Self.rules.eligibility, capacity: CapacityRules(seats: 20), costs: Self.rules.costs,
                    deadlines: Self.rules.deadlines)
            ])
        await #expect(try store.write({ try $0.saveRegulations(regulations, at: Self.now) }))
        await #expect(try store.write({ try $0.regulations() }) == regulations)
        #expect(try await !store.write({ try $0.saveRegulations(regulations, at: Self.now.addingTimeInterval(60)) }))
        var changed = regulations
        changed.defaults.capacity.seats = 11
        let changedSaved = try await store.write({ [changed] access in
            try access.saveRegulations(changed, at: Self.now)
        })
        #expect(changedSaved)
        await #expect(try store.write({ try $0.regulations() }) == changed)
    }

    @Test("a version is read back with every decision, and a version is never replaced")
    func versions() async throws {
        let (store, registry) = try await Self.store()
        await #expect(try store.write({ try $0.latestAllocation(for: Self.forum) }) == nil)
        let first = Self.version(registry, number: 1)
        #expect(first.decisions.count == 30)
        _ = try await store.write({ try $0.saveAllocation(first, audit: Self.audit("version 1")) })
        await #expect(try store.write({ try $0.latestAllocation(for: Self.forum) }) == first)

        let second = Self.version(registry, number: 2, withdrawn: ["app-0096"])
        _ = try await store.write({ try $0.saveAllocation(second, audit: Self.audit("version 2", minute: 1)) })
        await #expect(try store.write({ try $0.allocationVersions(for: Self.forum) }) == [first, second])
        await #expect(try store.write({ try $0.latestAllocations() }) == [Self.forum: second])
        await #expect(try store.write({ try $0.latestAllocation(for: Self.forum) })?.keptSeats == second.keptSeats)

        var again = second
        again.trigger = "a second attempt"
        await #expect(throws: StoreError.self) {
            try await store.write({ [again] access in
                try access.saveAllocation(again, audit: Self.audit("again", minute: 2))
            })
        }
        await #expect(try store.write({ try $0.auditTrail() }).map(\.detail) == ["version 1", "version 2"])
        await #expect(try store.write({ try $0.rowCounts() })["allocation_decisions"] == 60)
    }

    @Test("the latest outcomes read from the columns are the latest versions' stored decisions, with their notes")
    func latestOutcomes() async throws {
        let (store, registry) = try await Self.store()
        await #expect(try store.write({ try $0.latestAllocationOutcomes() }).isEmpty)
        let first = Self.version(registry, number: 1)
        _ = try await store.write({ try $0.saveAllocation(first, audit: Self.audit("version 1")) })
        let second = Self.version(registry, number: 2, withdrawn: ["app-0096", "app-0101"])
        _ = try await store.write({ try $0.saveAllocation(second, audit: Self.audit("version 2", minute: 1)) })
        let outcomes = try await store.write({ try $0.latestAllocationOutcomes() })
        let latest = try #require(outcomes[Self.forum])
        #expect(outcomes.count == 1)
        #expect(latest.run == second.run)
        #expect(latest.decisions == second.storedDecisions)
        #expect(latest.decisions != first.storedDecisions)
        #expect(Set(latest.decisions.map(\.outcome)).count > 1)
        #expect(latest.provisional == second.provisional)
        #expect(latest.notes == second.notes)
        #expect(latest.noteMessages == second.noteMessages)
    }

    @Test("the plain columns carry outcome, seats, rank and reason for other features to read")
    func plainColumns() async throws {
        let (store, registry) = try await Self.store()
        let version = Self.version(registry, number: 1)
        _ = try await store.write({ try $0.saveAllocation(version, audit: Self.audit("version 1")) })
        let accepted = version.decisions.filter { $0.seats > 0 }
        await #expect(
            try store.write({ try $0.acceptedApplications() }).map(\.applicationID) == accepted.map(\.applicationID))
    }

    @Test("withdrawals and overrides are kept with who, when and why, each with its audit entry")
    func withdrawalsAndOverrides() async throws {
        let (store, _) = try await Self.store()
        let application = Identifier<Application>(trusted: "app-0110")
        let withdrawal = Withdrawal(at: Self.now, recordedBy: "Ewa Nowak", reason: "the CEO cannot travel in May")
        _ = try await store.write({
            try $0.recordWithdrawal(
                withdrawal, of: application, audit: Self.audit("app-0110 withdrawn", action: AuditEntry.withdraw))
        })
        await #expect(try store.write({ try $0.recordedWithdrawals() }) == [application: withdrawal])
        await #expect(throws: StoreError.self) {
            _ = try await store.write({
                try $0.recordWithdrawal(
                    withdrawal, of: application, audit: Self.audit("twice", action: AuditEntry.withdraw))
            })
        }

        let override = ManualOverride(
            applicationID: Identifier(trusted: "app-0102"), action: .accept(seats: 1), actor: "Jan Kowalski",
            reason: "speaker on the security panel", at: Self.now.addingTimeInterval(120))
        _ = try await store.write({
            try $0.recordOverride(
                override, audit: Self.audit("app-0102 accepted", action: AuditEntry.override, minute: 2))
        })
        await #expect(
            try store.write({ try $0.overrides(of: [Identifier(trusted: "app-0102"), application]) }) == [override])
        await #expect(try store.write({ try $0.overrides(of: [application]) }).isEmpty)

        let trail = try await store.write({ try $0.auditTrail(subject: Self.forum.rawValue) })
        #expect(trail.map(\.action) == [AuditEntry.withdraw, AuditEntry.override])
        #expect(trail.first == Self.audit("app-0110 withdrawn", action: AuditEntry.withdraw))
        await #expect(try store.write({ try $0.auditTrail(subject: "visit-elsewhere") }).isEmpty)
    }

    @Test("an override or withdrawal of an application the registry does not have is refused")
    func foreignKeys() async throws {
        let (store, _) = try await Self.store()
        await #expect(throws: StoreError.self) {
            _ = try await store.write({
                try $0.recordWithdrawal(
                    Withdrawal(at: Self.now, recordedBy: "x"), of: Identifier(trusted: "app-9999"),
                    audit: Self.audit("app-9999", action: AuditEntry.withdraw))
            })
        }
        await #expect(try store.write({ try $0.auditTrail() }).isEmpty)
    }
}
