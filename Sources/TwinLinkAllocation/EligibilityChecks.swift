import Foundation
import TwinLinkDomain
import TwinLinkLocalization

/// The checks of the processing order, each with what a rejected firm reads (a message for the
/// reader's language and its English sentence). What every
/// application is checked against (dates, the exclusion list, the postcodes) is worked out once
/// per run.
struct EligibilityChecks {
    let rules: ActivityRules
    let order: [ProcessingStep]
    let homeCity: HomeCity
    let deadlines: Deadlines
    /// The home city's zone, in which days are read.
    let zone: TimeZone
    /// The application window as day numbers (`DayArithmetic`).
    let opens: Int
    let closes: Int
    /// The exclusions that cover the activity, by firm.
    let exclusions: [Identifier<LocalEnterprise>: Exclusion]
    /// The day by which the information material must have been contributed, if required.
    let informationCutoff: LocalDate?
    /// The city's postcodes: exact ones, and the prefixes of those ending in `*`.
    let exactPostcodes: Set<String>
    let postcodePrefixes: [String]
    /// What an applicant who did not acknowledge the cost reads.
    let costMessage: Message
    private let english = MessageRenderer(CatalogueSet.shippedCatalogue("en"))

    init(input: AllocationInput) {
        rules = input.rules
        order = input.processingOrder.filter(\.isCheck)
        var city = input.homeCity
        if let postcodes = input.rules.eligibility.postcodes { city.postcodes = postcodes }
        homeCity = city
        zone = city.timeZone.timeZone
        deadlines = input.deadlines
        opens = DayArithmetic.dayNumber(deadlines.applicationsOpen)
        closes = DayArithmetic.dayNumber(deadlines.applicationsClose)
        var exclusions: [Identifier<LocalEnterprise>: Exclusion] = [:]
        for exclusion in input.rules.eligibility.excluded where exclusion.applies(on: input.activity.firstDay) {
            exclusions[exclusion.enterpriseID] = exclusions[exclusion.enterpriseID] ?? exclusion
        }
        self.exclusions = exclusions
        informationCutoff = input.rules.eligibility.informationMaterialBy?.date(forStart: input.activity.firstDay)
        exactPostcodes = Set(city.postcodes.map(\.rawValue).filter { !$0.hasSuffix("*") })
        postcodePrefixes = city.postcodes.map(\.rawValue).filter { $0.hasSuffix("*") }.map { String($0.dropLast()) }
        costMessage = Message("alloc_cost_not_acknowledged", ["costs": .message(input.rules.costs.summaryMessage)])
    }

    /// Every check `applicant` fails, in the published order: the first is the reason it is given.
    /// - Parameters:
    ///   - branches: the branch rules that apply to the firm.
    ///   - submittedDay: the day the application came in, as a day number in the home zone.
    func failures(of applicant: Applicant, size: EnterpriseSize, branches: [BranchRule], submittedDay: Int)
        -> [CheckFailure]
    {
        var failures: [CheckFailure] = []
        for step in order {
            if let failure = failure(of: step, applicant, size: size, branches: branches, submittedDay: submittedDay) {
                failures.append(failure)
            }
        }
        return failures
    }

    private func failure(
        of step: ProcessingStep, _ applicant: Applicant, size: EnterpriseSize, branches: [BranchRule],
        submittedDay: Int
    ) -> CheckFailure? {
        let eligibility = rules.eligibility
        func fail(_ reason: ReasonCode, _ message: Message) -> CheckFailure {
            CheckFailure(step: step, reason: reason, sentence: english.render(message), message: message)
        }
        switch step {
        case .withdrawal:
            guard let withdrawal = applicant.withdrawal else { return nil }
            var values: [String: Message.Argument] = [
                "day": .day(LocalDate(withdrawal.at, in: zone)),
                "reason": .optional(withdrawal.reason.map { Message("alloc_colon_reason", ["reason": .verbatim($0)]) }),
            ]
            if let recorder = withdrawal.recordedBy {
                values["recorder"] = .verbatim(recorder)
                return fail(.withdrawn, Message("alloc_withdrawn_recorded", values))
            }
            return fail(.withdrawn, Message("alloc_withdrawn_applicant", values))
        case .applicationWindow:
            guard submittedDay < opens || submittedDay > closes else { return nil }
            let submitted = LocalDate(applicant.application.submittedAt, in: zone)
            if submittedDay < opens {
                return fail(
                    .outsideApplicationWindow,
                    Message(
                        "alloc_window_before",
                        ["submitted": .day(submitted), "opens": .day(deadlines.applicationsOpen)]))
            }
            return fail(
                .outsideApplicationWindow,
                Message(
                    "alloc_window_after", ["submitted": .day(submitted), "closes": .day(deadlines.applicationsClose)]))
        case .costAcknowledgement:
            guard rules.costs.acknowledgementRequired, !applicant.application.costAcknowledged else { return nil }
            return fail(.costNotAcknowledged, costMessage)
        case .exclusionList:
            guard let exclusion = exclusions[applicant.enterprise.id] else { return nil }
            let until = exclusion.until.map { Message("alloc_until", ["day": .day($0)]) }
            return fail(
                .excluded,
                Message("alloc_excluded", ["until": .optional(until), "reason": .verbatim(exclusion.reason)]))
        case .smeStatus:
            return sizeFailure(size, fail)
        case .location:
            guard eligibility.locationRequired, !isLocated(applicant.enterprise) else { return nil }
            let postcode = applicant.enterprise.postcode
            if applicant.enterprise.inCity == false {
                return fail(
                    .outsideCity,
                    Message(
                        "alloc_outside_city_record",
                        ["city": .verbatim(homeCity.name), "postcode": .verbatim(postcode)]))
            }
            let codes = homeCity.postcodes.map(\.rawValue).joined(separator: ", ")
            return fail(
                .outsideCity,
                Message(
                    "alloc_outside_city_postcode",
                    ["postcode": .verbatim(postcode), "city": .verbatim(homeCity.name), "codes": .verbatim(codes)]))
        case .informationMaterial:
            guard let cutoff = informationCutoff else { return nil }
            guard let contributed = applicant.enterprise.infoMaterialContributedOn else {
                return fail(.noInformationMaterial, Message("alloc_no_information_material", ["due": .day(cutoff)]))
            }
            guard contributed > cutoff else { return nil }
            return fail(
                .informationMaterialLate,
                Message("alloc_information_material_late", ["day": .day(contributed), "cutoff": .day(cutoff)]))
        case .profileConsent:
            guard eligibility.profileConsentRequired, !applicant.enterprise.profileConsent else { return nil }
            return fail(.noProfileConsent, Message("alloc_no_profile_consent"))
        case .admittedSectors:
            let sectors = applicant.enterprise.sectors
            guard let admitted = eligibility.admittedSectors,
                !sectors.contains(where: { sector in admitted.contains { sector.isWithin($0) } })
            else { return nil }
            return fail(
                .sectorNotAdmitted,
                Message(
                    "alloc_sector_not_admitted",
                    [
                        "sectors": .verbatim(sectors.map(\.rawValue).joined(separator: ", ")),
                        "admitted": .verbatim(admitted.map(\.rawValue).joined(separator: ", ")),
                    ]))
        case .branchRules:
            guard let rule = branches.first(where: { !$0.admitted }) else { return nil }
            let reason: Message.Argument =
                rule.reason.map { .verbatim($0) }
                ?? .message(Message("alloc_branch_default", ["firms": .message(rule.firms.message)]))
            return fail(
                .branchNotAdmitted,
                Message("alloc_branch_not_admitted", ["rule": .verbatim(rule.name), "reason": reason]))
        case .priority, .reservedSeats, .openSeats, .waitlist:
            return nil
        }
    }

    /// `firm.isLocated(in:)` for the city of these rules. The postcode test is the domain's
    /// (`PostcodePattern`), done here without trimming postcodes that have nothing to trim: the
    /// allocation asks it for every application.
    private func isLocated(_ firm: LocalEnterprise) -> Bool {
        if let flag = firm.inCity { return flag }
        let postcode = firm.postcode
        guard let first = postcode.first, let last = postcode.last, !first.isWhitespace, !last.isWhitespace else {
            return homeCity.contains(postcode: postcode)
        }
        return exactPostcodes.contains(postcode) || postcodePrefixes.contains { postcode.hasPrefix($0) }
    }

    private func sizeFailure(_ size: EnterpriseSize, _ fail: (ReasonCode, Message) -> CheckFailure) -> CheckFailure? {
        let counted: Message.Argument = .optional(size.countsLinks ? Message("alloc_links_counted") : nil)
        if size.sizeClass == .large {
            let medium = SMECeiling.medium
            return fail(
                .notSME,
                Message(
                    "alloc_large",
                    [
                        "figures": .message(size.figuresMessage), "counted": counted,
                        "staff": .number(medium.staffBelow),
                        "turnover": .money(cents: medium.turnoverAtMostCents, currency: "EUR"),
                        "balance": .money(cents: medium.balanceSheetAtMostCents, currency: "EUR"),
                    ]))
        }
        guard !rules.eligibility.sizeClasses.contains(size.sizeClass) else { return nil }
        let admitted = rules.eligibility.sizeClasses.sorted().map { Message.Argument.message($0.pluralAdjective) }
        return fail(
            .sizeClassNotAdmitted,
            Message(
                "alloc_size_class_not_admitted",
                [
                    "enterprise": .message(size.sizeClass.enterpriseMessage), "figures": .message(size.figuresMessage),
                    "counted": counted, "admitted": .list(admitted),
                ]))
    }
}
