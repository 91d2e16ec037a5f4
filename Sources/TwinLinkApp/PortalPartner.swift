import Foundation
import TwinLinkAllocation
import TwinLinkDomain
import TwinLinkStore

/// Use case: the partner-city portal. A partner city's account sees its own city's enterprises
/// with their offers and needs, the meeting requests that involve them, the local firms' published
/// profiles (those that consented to the information material), and marks firms of interest with
/// a note (step 4 of the programme). It never sees another city's records.
public enum PortalPartner {
    public struct View: Sendable {
        public var city: PartnerCity
        public var enterprises: [PartnerEnterprise]
        public var requests: [MeetingRequest]
        /// The local firms in the information material: consented to appear in it.
        public var published: [LocalEnterprise]
        public var interests: [PortalInterest]
        public var eventNames: [Identifier<MutualEvent>: String]
        /// The names of the published local firms only: others stay unnamed.
        public var firmNames: [Identifier<LocalEnterprise>: String]
    }

    public static func view(
        of id: Identifier<PartnerCity>, workspace: Workspace
    ) async throws(TwinLinkError) -> View {
        let path = workspace.databasePath
        return try await workspace.read { access in
            let registry = try Workspace.registry(in: access, databasePath: path)
            guard let city = registry.partnerCities.first(where: { $0.id == id }) else {
                throw TwinLinkError.notFound("no partner city \(id) in the registry")
            }
            let enterprises = registry.partnerEnterprises.filter { $0.partnerCityID == id }
            let own = Set(enterprises.map(\.id))
            return View(
                city: city, enterprises: enterprises,
                requests: registry.meetingRequests.filter { own.contains($0.partnerEnterpriseID) },
                published: registry.enterprises.filter(\.profileConsent),
                interests: try access.interests(of: id.rawValue),
                eventNames: Dictionary(uniqueKeysWithValues: registry.events.map { ($0.id, $0.name) }),
                firmNames: Dictionary(
                    uniqueKeysWithValues: registry.enterprises.filter(\.profileConsent).map { ($0.id, $0.legalName) }))
        }
    }

    /// Marks a published local firm as of interest to the city, with a note.
    public static func markInterest(
        city: Identifier<PartnerCity>, firm: String, note: String, by actor: String, workspace: Workspace, now: Date
    ) async throws(TwinLinkError) -> Result<PortalInterest, FieldProblems> {
        let path = workspace.databasePath
        return try await workspace.write { access in
            let registry = try Workspace.registry(in: access, databasePath: path)
            var problems = FieldProblems()
            // Only firms in the published material: an id of a firm that did not consent is unknown here.
            if !registry.enterprises.contains(where: { $0.id.rawValue == firm && $0.profileConsent }) {
                problems["firm"] = "'\(firm)' is not a firm of the information material"
            }
            let trimmed = note.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.count > 1000 { problems["note"] = "at most 1000 characters, found \(trimmed.count)" }
            guard problems.isEmpty else { return .failure(problems) }
            let interest = PortalInterest(
                partnerCityID: city.rawValue, enterpriseID: firm, note: trimmed, at: now, actor: actor)
            try access.recordInterest(interest)
            try access.appendAudit(
                AuditEntry(
                    at: now, actor: actor, action: "portal-partner-interest", subject: "partner-city:\(city)",
                    detail: "\(city) marked \(firm) of interest"))
            return .success(interest)
        }
    }
}
