public import Foundation
import TwinLinkAllocation
public import TwinLinkDomain
import TwinLinkImport
import TwinLinkStore

/// Use case: a firm declares its partner and linked enterprises on the SME portal, as part of the
/// EU SME declaration (Recommendation 2003/361/EC counts their staff and money into the firm's
/// size): add, change or remove one, by `enterprise_links.csv`'s own rules with the import's
/// message at the field. Written like an import (a removed link is retired, kept for the history),
/// recorded as a profile change (for the next issue of the material when the firm is in a
/// published one) and audited, in one transaction.
public enum PortalLinks {
    /// The form's fields, as `enterprise_links.csv` names them.
    public static let fields = [
        "name", "relationship", "share_percent", "staff_headcount", "annual_turnover_eur", "balance_sheet_total_eur",
    ]

    /// The form's values of a link.
    public static func formValues(of link: EnterpriseLink) -> [String: String] {
        let share =
            link.shareBasisPoints % 100 == 0
            ? "\(link.shareBasisPoints / 100)" : "\(Double(link.shareBasisPoints) / 100)"
        return [
            "name": link.name, "relationship": link.relationship.rawValue, "share_percent": share,
            "staff_headcount": "\(link.staffHeadcount)",
            "annual_turnover_eur": link.annualTurnover.plainAmountWithoutCurrency,
            "balance_sheet_total_eur": link.balanceSheetTotal.plainAmountWithoutCurrency,
        ]
    }

    /// Adds (`id` nil), changes or (`remove`) removes one of the firm's own links. Another firm's
    /// link is not found.
    public static func save(
        _ firm: Identifier<LocalEnterprise>, id: String?, form: [String: String], remove: Bool, by actor: String,
        workspace: Workspace, now: Date
    ) async throws(TwinLinkError) -> Result<EnterpriseLink?, FieldProblems> {
        let path = workspace.databasePath
        return try await workspace.write { access in
            var registry = try Workspace.registry(in: access, databasePath: path)
            let index = try PortalPartnerEdit.ownIndex(id, ids: registry.enterpriseLinks.map(\.id.rawValue)) {
                registry.enterpriseLinks[$0].enterpriseID == firm
            }
            let published = try access.lastMaterialIssue(listing: firm.rawValue) != nil
            if remove {
                guard let index else { throw TwinLinkError.notFound("no link to remove") }
                let link = registry.enterpriseLinks.remove(at: index)
                _ = try access.apply(
                    registry, source: "portal: link \(link.id) of \(firm) removed by \(actor)", at: now, prune: true)
                try record(firm, "\(link.name) removed", actor: actor, published: published, access, now)
                return .success(nil)
            }
            var values = Dictionary(uniqueKeysWithValues: fields.map { ($0, form[$0] ?? "") })
            let all = try access.registry(includingRetired: true) ?? registry
            let base = "link-\(firm.rawValue.hasPrefix("sme-") ? String(firm.rawValue.dropFirst(4)) : firm.rawValue)"
            values["id"] =
                index.map { registry.enterpriseLinks[$0].id.rawValue }
                ?? PortalJoin.unused("\(base)-1", taken: Set(all.enterpriseLinks.map(\.id.rawValue)))
            values["sme_id"] = firm.rawValue
            switch RecordCheck.enterpriseLink(values, line: (index ?? registry.enterpriseLinks.count) + 2) {
            case .failure(let failure):
                return .failure(PortalPartnerEdit.problems(failure))
            case .success(let link):
                if let index {
                    guard registry.enterpriseLinks[index] != link else { return .success(link) }
                    registry.enterpriseLinks[index] = link
                } else {
                    registry.enterpriseLinks.append(link)
                }
                _ = try access.apply(registry, source: "portal: link \(link.id) of \(firm) by \(actor)", at: now)
                try record(
                    firm, "\(link.name) (\(link.relationship.rawValue), \(values["share_percent"] ?? "") %)",
                    actor: actor, published: published, access, now)
                return .success(link)
            }
        }
    }

    private static func record(
        _ firm: Identifier<LocalEnterprise>, _ what: String, actor: String, published: Bool, _ access: RegistryAccess,
        _ now: Date
    ) throws {
        try access.recordProfileChange(
            PortalProfileChange(
                enterpriseID: firm.rawValue, changedAt: now, actor: actor, fields: ["enterprise_links"],
                forNextMaterial: published))
        try access.appendAudit(
            AuditEntry(
                at: now, actor: actor, action: "portal-links", subject: "sme:\(firm)",
                detail: "partner and linked enterprises of \(firm): \(what)"))
    }
}
