public import Foundation
import TwinLinkAllocation
public import TwinLinkDomain
public import TwinLinkStore

/// Use case: a firm keeps its profile for the information material on the SME portal, and gives
/// or withdraws its consents. Every change is written through the registry (as an import would,
/// with its history), recorded as a portal change (marked for the next issue of the material when
/// the firm's profile is in a published one) and in the audit trail, in one transaction.
public enum PortalProfile {
    /// What the profile page shows.
    public struct View: Sendable {
        public var firm: LocalEnterprise
        public var eligibility: PortalEligibility
        public var links: [EnterpriseLink]
        /// The current state of each consent, and since when (`nil`: from the registry's import).
        public var consents: [PortalConsent.Kind: (given: Bool, since: Date?)]
        public var history: [PortalConsent]
        public var changes: [PortalProfileChange]
        public var people: [Person]
    }

    public static func view(
        of id: Identifier<LocalEnterprise>, workspace: Workspace
    ) async throws(TwinLinkError) -> View {
        let path = workspace.databasePath
        return try await workspace.read { access in
            let registry = try Workspace.registry(in: access, databasePath: path)
            guard let firm = registry.enterprises.first(where: { $0.id == id }) else {
                throw TwinLinkError.notFound("no local enterprise \(id) in the registry")
            }
            let history = try access.consents(of: id.rawValue)
            var consents: [PortalConsent.Kind: (given: Bool, since: Date?)] = [
                .material: (firm.profileConsent, nil), .contacts: (false, nil),
            ]
            for consent in history { consents[consent.kind] = (consent.given, consent.at) }
            return View(
                firm: firm, eligibility: PortalEligibility.assess(firm, in: registry),
                links: registry.enterpriseLinks.filter { $0.enterpriseID == id }, consents: consents,
                history: history, changes: try access.profileChanges(of: id.rawValue),
                people: registry.people.filter { $0.organisation == .localEnterprise(id) })
        }
    }

    /// Saves the profile form; the firm's identity (name, registration, address) stays as the
    /// registry has it. Returns the changed fields (none: nothing written).
    public static func update(
        _ id: Identifier<LocalEnterprise>, form: PortalFirmForm, by actor: String, workspace: Workspace, now: Date
    ) async throws(TwinLinkError) -> Result<[String], FieldProblems> {
        guard case .success(let values) = form.check(joining: false) else {
            if case .failure(let problems) = form.check(joining: false) { return .failure(problems) }
            return .success([])
        }
        let path = workspace.databasePath
        return try await workspace.write { access in
            var registry = try Workspace.registry(in: access, databasePath: path)
            guard let index = registry.enterprises.firstIndex(where: { $0.id == id }) else {
                throw TwinLinkError.notFound("no local enterprise \(id) in the registry")
            }
            let old = registry.enterprises[index]
            var firm = old
            firm.offer = form.offer.trimmed
            firm.cooperationNeeds = PortalFirmForm.optional(form.cooperationNeeds)
            firm.apprenticeships = PortalFirmForm.optional(form.apprenticeships)
            firm.sectors = values.sectors
            firm.languages = values.languages
            firm.website = values.website
            firm.staffHeadcount = values.staffHeadcount
            firm.annualTurnover = values.annualTurnover
            firm.balanceSheetTotal = values.balanceSheetTotal
            let fields = Self.changedFields(old, firm)
            guard !fields.isEmpty else { return .success([]) }
            registry.enterprises[index] = firm
            _ = try access.apply(registry, source: "portal profile of \(id) by \(actor)", at: now)
            // Exact: the firm is in a material already issued (written out), not merely contributed.
            let published = try access.lastMaterialIssue(listing: id.rawValue) != nil
            try access.recordProfileChange(
                PortalProfileChange(
                    enterpriseID: id.rawValue, changedAt: now, actor: actor, fields: fields, forNextMaterial: published)
            )
            try access.appendAudit(
                AuditEntry(
                    at: now, actor: actor, action: "portal-profile", subject: "sme:\(id)",
                    detail: "profile of \(id) changed: \(fields.joined(separator: ", "))"
                        + (published ? " (marked for the next issue of the information material)" : "")))
            return .success(fields)
        }
    }

    /// Gives or withdraws a consent, dated. Consent to appear in the information material is the
    /// registry's `profile_consent`; giving it with a profile counts as the firm's contribution to
    /// the material (dated today when it had none).
    public static func setConsent(
        _ id: Identifier<LocalEnterprise>, _ kind: PortalConsent.Kind, given: Bool, by actor: String,
        workspace: Workspace, now: Date
    ) async throws(TwinLinkError) {
        let path = workspace.databasePath
        try await workspace.write { access in
            var registry = try Workspace.registry(in: access, databasePath: path)
            guard let index = registry.enterprises.firstIndex(where: { $0.id == id }) else {
                throw TwinLinkError.notFound("no local enterprise \(id) in the registry")
            }
            if kind == .material {
                var firm = registry.enterprises[index]
                firm.profileConsent = given
                if given, firm.infoMaterialContributedOn == nil {
                    firm.infoMaterialContributedOn = LocalDate(
                        now, in: registry.programme.homeCity.timeZone.timeZone)
                }
                if firm != registry.enterprises[index] {
                    registry.enterprises[index] = firm
                    _ = try access.apply(registry, source: "portal consent of \(id) by \(actor)", at: now)
                }
            }
            try access.recordConsent(
                PortalConsent(enterpriseID: id.rawValue, kind: kind, given: given, at: now, actor: actor))
            try access.appendAudit(
                AuditEntry(
                    at: now, actor: actor, action: given ? "portal-consent-give" : "portal-consent-withdraw",
                    subject: "sme:\(id)", detail: "consent '\(kind.rawValue)' of \(id) \(given ? "given" : "withdrawn")"
                ))
        }
    }

    static func changedFields(_ old: LocalEnterprise, _ new: LocalEnterprise) -> [String] {
        var fields: [String] = []
        if old.offer != new.offer { fields.append("offer") }
        if old.cooperationNeeds != new.cooperationNeeds { fields.append("cooperation_needs") }
        if old.apprenticeships != new.apprenticeships { fields.append("apprenticeships") }
        if old.sectors != new.sectors { fields.append("nace_codes") }
        if old.languages != new.languages { fields.append("languages") }
        if old.website != new.website { fields.append("website") }
        if old.staffHeadcount != new.staffHeadcount { fields.append("staff_headcount") }
        if old.annualTurnover != new.annualTurnover { fields.append("annual_turnover") }
        if old.balanceSheetTotal != new.balanceSheetTotal { fields.append("balance_sheet_total") }
        return fields
    }
}
