public import Foundation
import TwinLinkDocuments
public import TwinLinkDomain
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

    /// Whose contact persons a document names.
    public enum FirmContacts: String, Sendable, Codable {
        /// Each firm's contact, unless the firm withdrew its consent to share contacts.
        case asConsented
        /// No firm's contact person (a copy for readers the regulations do not entitle to them).
        case none
    }

    /// The catalogue of eligible, consenting local firms for one partner city, or for all.
    public static func informationMaterial(
        for city: Identifier<PartnerCity>? = nil, workspace: Workspace, output: any OutputSink, now: Date,
        pdf: Bool = false, firmContacts: FirmContacts = .asConsented
    ) async throws(TwinLinkError) -> Written {
        let registry = try await workspace.registry()
        let withdrawn: Set<String>
        do {
            withdrawn = try await workspace.store.reading({ try $0.contactsWithdrawn() })
        } catch {
            throw .store(error)
        }
        // The contact persons of firms whose contacts may not be shared are left out.
        let hidden = Set(
            registry.enterprises.filter { firmContacts == .none || withdrawn.contains($0.id.rawValue) }
                .map(\.contactPersonID))
        let today = Format.referenceDate(registry.programme, now: now)
        let cities =
            try city.map { id throws(TwinLinkError) in
                guard registry.partnerCities.contains(where: { $0.id == id }) else {
                    throw .notFound("no partner city '\(id)'", next: .listPartnerCities)
                }
                return [id]
            } ?? registry.partnerCities.map(\.id)
        let renderer = try renderer()
        var fingerprint = StageFingerprint("information-material")
        fingerprint.add(registry)
        fingerprint.add(today)
        fingerprint.add(cities)
        fingerprint.add(hidden.map(\.rawValue).sorted())
        let written = try await renderAndWrite(
            cities, to: output, pdf: pdf, label: "information material", fingerprint: fingerprint.hex()
        ) {
            id throws(TwinLinkError) in
            do {
                // One document per language of the city that the programme offers.
                var input = try InformationMaterialInput(registry: registry, partnerCity: id, preparedOn: today)
                input.contacts.removeAll { hidden.contains($0.id) }
                return renderer.informationMaterials(input)
            } catch {
                throw .internalFailure("information material for \(id): \(error)")
            }
        }
        // Written out (not a page view): an issue of the material, with the firms it lists, so
        // that a firm's later change is marked for the next issue exactly.
        if output.folder != nil {
            let listed = registry.enterprises.filter { firm in
                InformationMaterialEligibility.isListed(
                    firm, links: registry.enterpriseLinks.filter { $0.enterpriseID == firm.id },
                    home: registry.programme.homeCity)
            }.map(\.id.rawValue)
            do {
                try await workspace.store.write { access in
                    for city in cities {
                        try access.recordMaterialIssue(city: city.rawValue, at: now, enterprises: listed)
                    }
                }
            } catch {
                throw TwinLinkError(error)
            }
        }
        return written
    }

    /// The opportunity digest for one local firm, or for every firm that consented to share its profile.
    public static func digests(
        for firm: Identifier<LocalEnterprise>? = nil, workspace: Workspace, output: any OutputSink, now: Date,
        pdf: Bool = false
    ) async throws(TwinLinkError) -> Written {
        let registry = try await workspace.registry()
        let today = Format.referenceDate(registry.programme, now: now)
        let activities: [Activity]
        do {
            activities = try await workspace.store.reading({ try $0.activities() })
        } catch {
            throw .store(error)
        }
        let firms =
            try firm.map { id throws(TwinLinkError) in
                guard registry.enterprises.contains(where: { $0.id == id }) else {
                    throw .notFound("no local enterprise '\(id)'", next: .listSMEs)
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
        return try await renderAndWrite(
            firms, to: output, pdf: pdf, label: "digests", fingerprint: fingerprint.hex()
        ) { id throws(TwinLinkError) in
            do {
                return [
                    renderer.opportunityDigest(
                        try OpportunityDigestInput(registry: registry, index: index, enterprise: id))
                ]
            } catch {
                throw .internalFailure("digest for \(id): \(error)")
            }
        }
    }

    static func renderer() throws(TwinLinkError) -> DocumentRenderer {
        do {
            return try DocumentRenderer()
        } catch {
            throw .internalFailure("the document templates cannot be loaded: \(error)")
        }
    }

    /// Puts every document in both editions into `output`; prints PDFs (off the cooperative pool,
    /// one Chromium process at a time) when asked and `output` is a folder.
    static func write(_ documents: [RenderedDocument], to output: any OutputSink, pdf: Bool) async throws(TwinLinkError)
        -> Written
    {
        var files: [String] = []
        for document in documents {
            files.append(try output.put(document.html, at: document.htmlFileName))
            files.append(try output.put(document.markdown, at: document.markdownFileName))
        }
        guard pdf else { return Written(files: files, pdfNote: nil) }
        guard let folder = output.folder else {
            return Written(files: files, pdfNote: "PDFs are printed only into a folder on disk")
        }
        guard let printer = PDFPrinter.locate() else {
            return Written(files: files, pdfNote: PDFPrinter.unavailableMessage)
        }
        for document in documents {
            let source = folder.appendingPathComponent(document.htmlFileName)
            let target = folder.appendingPathComponent(document.name + ".pdf")
            do {
                try await OffPool.run { () throws(PDFPrintError) in try printer.print(html: source, to: target) }
            } catch {
                throw .output(path: target.path, reason: "\(error)")
            }
            files.append(target.path)
        }
        return Written(files: files, pdfNote: nil)
    }
}
