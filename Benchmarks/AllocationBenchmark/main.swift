// Allocates 100 study visits with 100,000 applications from 20,000 firms under regulations with
// reserved seats, a maximum share, branch rules and every priority criterion, and prints the
// time. Run in a release build: swift run -c release AllocationBenchmark
import Foundation
import TwinLinkAllocation
import TwinLinkDomain

/// SplitMix64: the workload is the same on every run.
struct Numbers {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

let activityCount = 100
let firmCount = 20_000
let applicationsPerActivity = 1_000
var numbers = Numbers(state: 20_261_201)

let zone = TimeZoneID(rawValue: "Europe/Warsaw")!
let home = HomeCity(
    name: "Kraków", country: CountryCode(rawValue: "PL")!, timeZone: zone,
    postcodes: [PostcodePattern(rawValue: "30-*")!, PostcodePattern(rawValue: "31-*")!])
let sectors = ["62.01", "62.02", "10.71", "10.82", "28.99", "31.09", "49.41", "55.10", "74.10", "43.21", "20.42", "K"]
    .map { NACECode(rawValue: $0 == "K" ? "64.19" : $0)! }
let sizes: [(staff: Int, cents: Int64)] = [
    (4, 400_000_00), (8, 1_500_000_00), (25, 6_000_000_00), (120, 30_000_000_00), (300, 80_000_000_00),
]

let firms = (0..<firmCount).map { index -> LocalEnterprise in
    let size = sizes[numbers.below(sizes.count)]
    let flaw = numbers.below(40)
    return LocalEnterprise(
        id: Identifier(trusted: "sme-\(index)"), legalName: "Firm \(index) sp. z o.o.",
        registrationNumber: "0000000000",
        address: "ul. Testowa \(index)", postcode: flaw == 0 ? "32-020" : "3\(numbers.below(2))-\(100 + index % 900)",
        staffHeadcount: size.staff, annualTurnover: .euros(size.cents), balanceSheetTotal: .euros(size.cents / 2),
        sectors: [sectors[numbers.below(sectors.count)], sectors[numbers.below(sectors.count)]],
        offer: "Offer \(index)", languages: [.english],
        infoMaterialContributedOn: flaw == 1 ? nil : LocalDate(iso: "2026-0\(1 + numbers.below(9))-15"),
        profileConsent: flaw != 2, contactPersonID: Identifier(trusted: "person-\(index)"))
}
let links = (0..<firmCount).compactMap { index -> EnterpriseLink? in
    guard numbers.below(10) == 0 else { return nil }
    let linked = numbers.below(2) == 0
    return EnterpriseLink(
        id: Identifier(trusted: "link-\(index)"), enterpriseID: firms[index].id, name: "Holding \(index)",
        relationship: linked ? .linked : .partner,
        shareBasisPoints: linked ? 5001 + numbers.below(4999) : 2500 + numbers.below(2501),
        staffHeadcount: numbers.below(200), annualTurnover: .euros(Int64(numbers.below(20_000_000)) * 100),
        balanceSheetTotal: .euros(Int64(numbers.below(15_000_000)) * 100))
}
let linksByFirm = Dictionary(grouping: links, by: \.enterpriseID)

let rules = ActivityRules(
    eligibility: EligibilityRules(
        informationMaterialBy: .daysBeforeStart(30),
        excluded: (0..<50).map {
            Exclusion(enterpriseID: Identifier(trusted: "sme-\($0 * 397)"), reason: "fees unpaid")
        }),
    branches: [
        BranchRule(name: "micro-first-steps", firms: FirmSelector(sizeClasses: [.micro]), priorityPoints: 5),
        BranchRule(name: "medium-one-delegate", firms: FirmSelector(sizeClasses: [.medium]), delegatesMax: 1),
        BranchRule(
            name: "no-financial", firms: FirmSelector(sectors: [NACECode(rawValue: "K")!]), admitted: false,
            reason: "financial intermediaries have their own programme"),
    ],
    capacity: CapacityRules(seats: 24, delegatesDefault: 1, delegatesMax: 3),
    quotas: QuotaRules(
        reserved: [
            ReservedSeats(name: "micro-firms", firms: FirmSelector(sizeClasses: [.micro]), seats: 4),
            ReservedSeats(name: "food", firms: FirmSelector(sectors: [NACECode(rawValue: "10")!]), seats: 3),
        ],
        maximumShares: [MaximumShare(name: "it", firms: FirmSelector(sectors: [NACECode(rawValue: "J")!]), percent: 40)]
    ),
    priority: PriorityRules(
        keySectorPoints: 20, partnerInterestPoints: 5, partnerInterestMax: 15,
        rotation: .init(lookbackMonths: 24, pointsPerRecentTrip: -10, newcomerPoints: 10), pointsPerWeekBeforeClose: 1,
        applicationTimeMax: 8),
    costs: CostRules(travel: .euros(320_00), accommodation: .euros(360_00), fees: .euros(50_00)),
    deadlines: DeadlineRules(
        applicationsOpen: .daysBeforeStart(270), applicationsClose: .daysBeforeStart(60),
        decision: .daysBeforeStart(50), confirmation: .daysBeforeStart(40)))

let trips = (0..<(firmCount / 4)).map { index in
    TravelHistory.Trip(
        enterpriseID: Identifier(trusted: "sme-\(numbers.below(firmCount))"),
        activityID: Identifier(trusted: "visit-past-\(index % 20)"),
        lastDay: LocalDate(iso: "2026-0\(1 + index % 9)-20")!)
}
let history = TravelHistory(trips: trips)

let inputs = (0..<activityCount).map { number -> AllocationInput in
    let firstDay = LocalDate(iso: "2027-03-01")!.adding(days: number * 3)
    let activity = AllocationActivity(
        id: Identifier(trusted: "visit-ev-bench-\(number)"), title: "Benchmark visit \(number)", firstDay: firstDay,
        lastDay: firstDay.adding(days: 3),
        partnerCities: [
            PartnerCityProfile(
                name: "City \(number % 8)", keySectors: [sectors[number % 6], sectors[(number + 3) % 12]])
        ],
        partnerInterests: (0..<6).map { PartnerInterest(name: "Partner \($0)", sectors: [sectors[(number + $0) % 12]]) }
    )
    var chosen = Set<Int>()
    while chosen.count < applicationsPerActivity { chosen.insert(numbers.below(firmCount)) }
    let close = firstDay.adding(days: -60)
    let applicants = chosen.sorted().map { firm -> Applicant in
        let submitted = close.adding(days: -numbers.below(150) + 3).start(in: zone.timeZone).addingTimeInterval(36_000)
        let application = Application(
            id: Identifier(trusted: "app-\(number)-\(firm)"), eventID: Identifier(trusted: "ev-bench-\(number)"),
            enterpriseID: firms[firm].id, submittedAt: submitted,
            delegateIDs: (0...numbers.below(3)).map { Identifier(trusted: "person-\(firm)-\($0)") },
            costAcknowledged: numbers.below(25) != 0)
        let withdrawal = numbers.below(50) == 0 ? Withdrawal(at: submitted.addingTimeInterval(86_400)) : nil
        return Applicant(
            application: application, enterprise: firms[firm], links: linksByFirm[firms[firm].id] ?? [],
            withdrawal: withdrawal)
    }
    return AllocationInput(
        activity: activity, rules: rules, homeCity: home, applicants: applicants, travelHistory: history,
        seed: SeededDraw.defaultSeed(activityID: activity.id.rawValue), runDay: LocalDate(iso: "2026-12-01")!)
}

/// The CPU time this process has used, in seconds: on a shared machine the wall clock also counts
/// the time other processes held the cores.
func processorSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

let clock = ContinuousClock()
let allocator = SeatAllocator()
var results: [AllocationResult] = []
var times: [(wall: Double, processor: Double)] = []
let repetitions = 5
for _ in 0..<repetitions {
    var pass: [AllocationResult] = []
    pass.reserveCapacity(activityCount)
    let processorBefore = processorSeconds()
    let elapsed = clock.measure {
        for input in inputs { pass.append(allocator.allocateSeats(for: input)) }
    }
    let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    times.append((wall, processorSeconds() - processorBefore))
    if results.isEmpty { results = pass } else { precondition(pass == results, "the same inputs gave another result") }
}
let decisions = results.reduce(0) { $0 + $1.decisions.count }
let applying = Set(inputs.flatMap { $0.applicants.map(\.enterprise.id) }).count
let counts = results.reduce(into: (accepted: 0, waitlisted: 0, rejected: 0)) { sum, result in
    let counts = result.counts
    sum.accepted += counts.accepted
    sum.waitlisted += counts.waitlisted
    sum.rejected += counts.rejected
}
let walls = times.map(\.wall).sorted()
print("AllocationBenchmark: \(activityCount) activities, \(decisions) applications from \(applying) firms")
print("  decisions: \(counts.accepted) accepted, \(counts.waitlisted) waitlisted, \(counts.rejected) rejected")
print(
    String(
        format: "  time for all %d activities: first run %.3f s (%.3f s of processor time), best of %d %.3f s, "
            + "median %.3f s (target: under 1 s)", activityCount, times[0].wall, times[0].processor, repetitions,
        walls[0], walls[repetitions / 2]))
