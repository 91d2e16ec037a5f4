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
        var documents: [RenderedDocument] = []
        for id in cities {
            do {
                // One document per language of the city that the programme offers.
                documents += renderer.informationMaterials(
                    try InformationMaterialInput(registry: registry, partnerCity: id, preparedOn: today))
            } catch {
                throw .invalidArgument("information material for \(id): \(error)")
            }
        }
        return try write(documents, to: outputDirectory, pdf: pdf)
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
        var documents: [RenderedDocument] = []
        for id in firms {
            do {
                documents.append(
                    renderer.opportunityDigest(
                        try OpportunityDigestInput(
                            registry: registry, enterprise: id, activities: activities, today: today)))
            } catch {
                throw .invalidArgument("digest for \(id): \(error)")
            }
        }
        return try write(documents, to: outputDirectory, pdf: pdf)
    }

    static func renderer() throws(TwinLinkError) -> DocumentRenderer {
        do {
            return try DocumentRenderer()
        } catch {
            throw .invalidArgument("the document templates cannot be loaded: \(error)")
        }
    }

    static func write(_ documents: [RenderedDocument], to directory: String, pdf: Bool) throws(TwinLinkError) -> Written
    {
        let folder = URL(fileURLWithPath: directory, isDirectory: true)
        var files: [String]
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            files = try DocumentWriter().write(documents, to: folder).map(\.path)
        } catch let error as DocumentError {
            throw .output(path: directory, reason: error.description)
        } catch {
            throw .output(path: directory, reason: error.localizedDescription)
        }
        guard pdf else { return Written(files: files, pdfNote: nil) }
        guard let printer = PDFPrinter.locate() else {
            return Written(files: files, pdfNote: PDFPrinter.unavailableMessage)
        }
        for document in documents {
            let target = folder.appendingPathComponent(document.name + ".pdf")
            do {
                try printer.print(html: folder.appendingPathComponent(document.htmlFileName), to: target)
            } catch {
                throw .output(path: target.path, reason: "\(error)")
            }
            files.append(target.path)
        }
        return Written(files: files, pdfNote: nil)
    }
}
