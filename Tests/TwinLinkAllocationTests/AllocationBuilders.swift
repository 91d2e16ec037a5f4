import Foundation
import TwinLinkAllocation
import TwinLinkDomain

/// Small builders for allocation inputs: a firm, an application, rules, an input. Every value not
/// given is an ordinary, eligible one, so that a test states only what it is about.
enum Build {
    static let krakow = HomeCity(
        name: "Kraków", country: CountryCode(rawValue: "PL")!, timeZone: TimeZoneID(rawValue: "Europe/Warsaw")!,
        postcodes: [PostcodePattern(rawValue: "30-*")!, PostcodePattern(rawValue: "31-*")!])

    static let activity = AllocationActivity(
        id: Identifier(trusted: "visit-ev-test-forum"), title: "Test Forum", firstDay: day("2027-05-04"),
        lastDay: day("2027-05-05"),
        partnerCities: [PartnerCityProfile(name: "Nuremberg", keySectors: [nace("28"), nace("62.01")])],
        partnerInterests: [
            PartnerInterest(name: "Frankenmetall", sectors: [nace("25.62"), nace("28")]),
            PartnerInterest(name: "Dürer Digital", sectors: [nace("62")]),
        ])

    static func day(_ text: String) -> LocalDate { LocalDate(iso: text)! }
    static func nace(_ text: String) -> NACECode { NACECode(rawValue: text)! }
    static func instant(_ text: String) -> Date { ZonedInstant.parseInstant(text)! }
    static func euros(_ amount: Int64) -> Money { .euros(amount * 100) }

    static func firm(
        _ id: String, staff: Int = 5, turnoverCents: Int64 = 500_000_00, balanceCents: Int64 = 400_000_00,
        sectors: [String] = ["62.01"], postcode: String = "30-001", inCity: Bool? = nil,
        informationMaterialOn: String? = "2026-01-15", consent: Bool = true
    ) -> LocalEnterprise {
        LocalEnterprise(
            id: Identifier(trusted: id), legalName: "\(id) sp. z o.o.", registrationNumber: "0000000000",
            address: "ul. Testowa 1", postcode: postcode, inCity: inCity, staffHeadcount: staff,
            annualTurnover: .euros(turnoverCents), balanceSheetTotal: .euros(balanceCents),
            sectors: sectors.map(nace), offer: "Test offer", languages: [.english],
            infoMaterialContributedOn: informationMaterialOn.map(day), profileConsent: consent,
            contactPersonID: Identifier(trusted: "person-\(id)"))
    }

    static func link(
        _ firm: String, _ relationship: EnterpriseLink.Relationship, basisPoints: Int, staff: Int,
        turnoverCents: Int64 = 0, balanceCents: Int64 = 0
    ) -> EnterpriseLink {
        EnterpriseLink(
            id: Identifier(trusted: "link-\(firm)-\(basisPoints)"), enterpriseID: Identifier(trusted: firm),
            name: "Linked", relationship: relationship, shareBasisPoints: basisPoints, staffHeadcount: staff,
            annualTurnover: .euros(turnoverCents), balanceSheetTotal: .euros(balanceCents))
    }

    static func applicant(
        _ id: String, firm: LocalEnterprise, links: [EnterpriseLink] = [],
        submitted: String = "2026-10-01T10:00:00+02:00", delegates: Int = 1, acknowledged: Bool = true,
        withdrawal: Withdrawal? = nil
    ) -> Applicant {
        let application = Application(
            id: Identifier(trusted: id), eventID: Identifier(trusted: "ev-test-forum"), enterpriseID: firm.id,
            submittedAt: instant(submitted),
            delegateIDs: (1...delegates).map { Identifier(trusted: "person-\(firm.id.rawValue)-\($0)") },
            costAcknowledged: acknowledged)
        return Applicant(application: application, enterprise: firm, links: links, withdrawal: withdrawal)
    }

    /// An eligible applicant `app-<name>` of firm `sme-<name>`.
    static func simple(
        _ name: String, staff: Int = 5, sectors: [String] = ["62.01"], submitted: String = "2026-10-01T10:00:00+02:00",
        delegates: Int = 1
    ) -> Applicant {
        applicant(
            "app-\(name)", firm: firm("sme-\(name)", staff: staff, sectors: sectors), submitted: submitted,
            delegates: delegates)
    }

    static func rules(
        seats: Int = 12, delegatesDefault: Int = 1, delegatesMax: Int = 2, reserved: [ReservedSeats] = [],
        shares: [MaximumShare] = [], unused: QuotaRules.UnusedReservedSeats = .openPool,
        priority: PriorityRules = PriorityRules(), branches: [BranchRule] = [],
        eligibility: EligibilityRules = EligibilityRules(informationMaterialBy: .daysBeforeStart(30))
    ) -> ActivityRules {
        ActivityRules(
            eligibility: eligibility, branches: branches,
            capacity: CapacityRules(seats: seats, delegatesDefault: delegatesDefault, delegatesMax: delegatesMax),
            quotas: QuotaRules(reserved: reserved, maximumShares: shares, unusedReservedSeats: unused),
            priority: priority,
            costs: CostRules(travel: euros(450), accommodation: euros(480), fees: euros(100)),
            deadlines: DeadlineRules(
                applicationsOpen: .on(day("2026-09-15")), applicationsClose: .on(day("2026-11-30")),
                decision: .on(day("2026-12-15")), confirmation: .on(day("2027-01-31"))))
    }

    static func input(
        _ applicants: [Applicant], rules: ActivityRules = rules(), history: TravelHistory = TravelHistory(),
        overrides: [ManualOverride] = [], previous: PreviousAllocation? = nil, seed: UInt64 = 42,
        runDay: String = "2026-12-01"
    ) -> AllocationInput {
        AllocationInput(
            activity: activity, rules: rules, homeCity: krakow, applicants: applicants, travelHistory: history,
            overrides: overrides, previous: previous, seed: seed, runDay: day(runDay))
    }

    static let micro = FirmSelector(sizeClasses: [.micro])
}

extension AllocationResult {
    subscript(_ application: String) -> ApplicationDecision {
        decision(for: Identifier(trusted: application))!
    }
}
