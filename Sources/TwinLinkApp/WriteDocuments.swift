import Foundation
import TwinLinkDocuments
import TwinLinkDomain
import TwinLinkStore

/// Use cases: the documents people read. Information material for partner cities (programme
/// step 2), opportunity digests for local SMEs (step 5) and briefing packs for activities, as
/// HTML and Markdown (and PDF where headless Chromium is installed).
public enum WriteDocuments {
    public struct Written: Sendable {
        public var files: [String]
        /// Why no PDF was made, when none was.
        public var pdfNote: String?
    }

    /// The catalogue of eligible, consenting local firms for one partner city, or for all.
    public static func informationMaterial(
        for city: Identifier<PartnerCity>? = nil, workspace: Workspace, outputDirectory: String, now: Date,
        pdf: Bool = false
    ) throws(TwinLinkError) -> Written {
        let registry = try workspace.registry()
        let today = Format.referenceDate(registry.programme, now: now)
        let cities =
            try city.map { id throws(TwinLinkError) in
                guard registry.partnerCities.contains(where: { $0.id == id }) else {
                    throw .invalidArgument("no partner city '\(id)'; see 'twinlink list partner-cities'")
                }
                return [id]
            } ?? registry.partnerCities.map(\.id)
        let renderer = try renderer()
        var fingerprint = StageFingerprint("information-material")
        fingerprint.add(registry)
        fingerprint.add(today)
        fingerprint.add(cities)
        return try renderAndWrite(
            cities, to: outputDirectory, pdf: pdf, label: "information material", fingerprint: fingerprint.hex()
        ) {
            id throws(TwinLinkError) in
            do {
                // One document per language of the city that the programme offers.
                return renderer.informationMaterials(
                    try InformationMaterialInput(registry: registry, partnerCity: id, preparedOn: today))
            } catch {
                throw .invalidArgument("information material for \(id): \(error)")
            }
        }
    }

    /// The opportunity digest for one local firm, or for every firm that consented to share its profile.
    public static func digests(
        for firm: Identifier<LocalEnterprise>? = nil, workspace: Workspace, outputDirectory: String, now: Date,
        pdf: Bool = false
    ) throws(TwinLinkError) -> Written {
        let registry = try workspace.registry()
        let today = Format.referenceDate(registry.programme, now: now)
        let activities: [Activity]
        do {
            activities = try workspace.store.activities()
        } catch {
            throw .store(error)
        }
        let firms =
            try firm.map { id throws(TwinLinkError) in
                guard registry.enterprises.contains(where: { $0.id == id }) else {
                    throw .invalidArgument("no local enterprise '\(id)'; see 'twinlink list smes'")
                }
                return [id]
            } ?? registry.enterprises.filter(\.profileConsent).map(\.id)
        let renderer = try renderer()
        // Matched through indexes made once for every digest, rendered and written as a stream.
        let index = OpportunityIndex(registry: registry, activities: activities, today: today)
        var fingerprint = StageFingerprint("digests")
        fingerprint.add(registry)
        fingerprint.add(activities)
        fingerprint.add(today)
        fingerprint.add(firms)
        return try renderAndWrite(
            firms, to: outputDirectory, pdf: pdf, label: "digests", fingerprint: fingerprint.hex()
        ) { id throws(TwinLinkError) in
            do {
                return [
                    renderer.opportunityDigest(
                        try OpportunityDigestInput(registry: registry, index: index, enterprise: id))
                ]
            } catch {
                throw .invalidArgument("digest for \(id): \(error)")
            }
        }
    }

    static func renderer() throws(TwinLinkError) -> DocumentRenderer {
        do {
            return try DocumentRenderer()
        } catch {
            throw .invalidArgument("the document templates cannot be loaded: \(error)")
        }
    }
}
