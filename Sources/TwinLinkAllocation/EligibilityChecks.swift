import Foundation
import TwinLinkDomain

/// The checks of the processing order, each with the sentence a rejected firm reads. What every
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
    /// The sentence for an application whose applicant did not acknowledge the cost.
    let costSentence: String

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
        costSentence =
            "Not admissible: the applicant did not acknowledge the self-paid cost of \(input.rules.costs.summary)."
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
        func fail(_ reason: ReasonCode, _ sentence: String) -> CheckFailure {
            CheckFailure(step: step, reason: reason, sentence: sentence)
        }
        switch step {
        case .withdrawal:
            guard let withdrawal = applicant.withdrawal else { return nil }
            let day = LocalDate(withdrawal.at, in: zone).isoText
            let reason = withdrawal.reason.map { ": \($0)" } ?? ""
            if let recorder = withdrawal.recordedBy {
                return fail(
                    .withdrawn, "Withdrawn on \(day), recorded by \(recorder)\(reason); the application takes no seat.")
            }
            return fail(.withdrawn, "Withdrawn by the applicant on \(day)\(reason); the application takes no seat.")
        case .applicationWindow:
            guard submittedDay < opens || submittedDay > closes else { return nil }
            let submitted = LocalDate(applicant.application.submittedAt, in: zone).isoText
            if submittedDay < opens {
                return fail(
                    .outsideApplicationWindow,
                    "Rejected: submitted on \(submitted), before applications opened on "
                        + "\(deadlines.applicationsOpen.isoText).")
            }
            return fail(
                .outsideApplicationWindow,
                "Rejected: submitted on \(submitted), after applications closed on "
                    + "\(deadlines.applicationsClose.isoText)."
            )
        case .costAcknowledgement:
            guard rules.costs.acknowledgementRequired, !applicant.application.costAcknowledged else { return nil }
            return fail(.costNotAcknowledged, costSentence)
        case .exclusionList:
            guard let exclusion = exclusions[applicant.enterprise.id] else { return nil }
            let until = exclusion.until.map { " until \($0.isoText)" } ?? ""
            return fail(
                .excluded, "Rejected: the firm is on the programme's exclusion list\(until): \(exclusion.reason)")
        case .smeStatus:
            return sizeFailure(size, fail)
        case .location:
            guard eligibility.locationRequired, !isLocated(applicant.enterprise) else { return nil }
            let postcode = applicant.enterprise.postcode
            if applicant.enterprise.inCity == false {
                return fail(
                    .outsideCity,
                    "Not eligible: the firm's record states that it is not located in \(homeCity.name) "
                        + "(registered postcode \(postcode)).")
            }
            let codes = homeCity.postcodes.map(\.rawValue).joined(separator: ", ")
            return fail(.outsideCity, "Not eligible: postcode \(postcode) is outside \(homeCity.name) (\(codes)).")
        case .informationMaterial:
            guard let cutoff = informationCutoff else { return nil }
            guard let contributed = applicant.enterprise.infoMaterialContributedOn else {
                return fail(
                    .noInformationMaterial,
                    "Not eligible: the firm has not contributed to the information material for partner cities "
                        + "(due by \(cutoff.isoText)).")
            }
            guard contributed > cutoff else { return nil }
            return fail(
                .informationMaterialLate,
                "Not eligible: the firm contributed to the information material on \(contributed.isoText), after the "
                    + "cut-off of \(cutoff.isoText).")
        case .profileConsent:
            guard eligibility.profileConsentRequired, !applicant.enterprise.profileConsent else { return nil }
            return fail(
                .noProfileConsent,
                "Not eligible: the firm has not consented to sharing its profile with partner cities.")
        case .admittedSectors:
            let sectors = applicant.enterprise.sectors
            guard let admitted = eligibility.admittedSectors,
                !sectors.contains(where: { sector in admitted.contains { sector.isWithin($0) } })
            else { return nil }
            return fail(
                .sectorNotAdmitted,
                "Not eligible: none of the firm's sectors (\(sectors.map(\.rawValue).joined(separator: ", "))) "
                    + "is admitted to this activity (admitted: \(admitted.map(\.rawValue).joined(separator: ", "))).")
        case .branchRules:
            guard let rule = branches.first(where: { !$0.admitted }) else { return nil }
            let reason = rule.reason ?? "the regulations do not admit \(rule.firms) to this activity"
            return fail(.branchNotAdmitted, "Not eligible under the branch rule '\(rule.name)': \(reason)")
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

    private func sizeFailure(_ size: EnterpriseSize, _ fail: (ReasonCode, String) -> CheckFailure) -> CheckFailure? {
        let counted = size.countsLinks ? " with partner and linked enterprises counted" : ""
        if size.sizeClass == .large {
            let medium = SMECeiling.medium
            return fail(
                .notSME,
                "Not eligible: a large enterprise under Recommendation 2003/361/EC (\(size.figuresText)\(counted)); "
                    + "an SME has fewer than \(medium.staffBelow) staff and a turnover of at most "
                    + "\(AmountText.euros(cents: medium.turnoverAtMostCents)) or a balance sheet of at most "
                    + "\(AmountText.euros(cents: medium.balanceSheetAtMostCents)).")
        }
        guard !rules.eligibility.sizeClasses.contains(size.sizeClass) else { return nil }
        let admitted = AmountText.list(rules.eligibility.sizeClasses.sorted().map(\.adjective))
        return fail(
            .sizeClassNotAdmitted,
            "Not eligible: a \(size.sizeClass.adjective) enterprise (\(size.figuresText)\(counted)); this activity "
                + "admits \(admitted) enterprises only.")
    }
}
