import Foundation
import Hummingbird
import TwinLinkApp
import TwinLinkDocuments
import TwinLinkDomain
import TwinLinkStore

extension Desk {
    /// Whether headless Chromium is there to print PDFs.
    static var pdfAvailable: Bool { PDFPrinter.locate() != nil }
}

extension RouteTable {
    mutating func addDocumentRoutes() {
        let desk = desk
        get("/documents", .deskRead) { request, context, _ in
            let registry = try await desk.registry()
            let activities = try await desk.activities()
            let visits = activities.filter(\.isStudyVisit)
            // PDFs only where Chromium can print them; else the page says so instead of a link that fails.
            let pdf = Desk.pdfAvailable
            func links(_ kind: String, _ id: String, _ label: String) -> [Cell] {
                [
                    Cell(label, href: "/documents/\(kind)/\(id)/html"),
                    Cell(desk.t("download", context) + " HTML", href: "/documents/\(kind)/\(id)/html?download=1"),
                    Cell(desk.t("download", context) + " Markdown", href: "/documents/\(kind)/\(id)/md?download=1"),
                ] + (pdf ? [Cell(desk.t("download", context) + " PDF", href: "/documents/\(kind)/\(id)/pdf")] : [])
            }
            let headers = [desk.t("preview", context), "HTML", "Markdown"] + (pdf ? ["PDF"] : [])
            var page = Page(title: desk.t("nav_documents", context))
            page.sections = [
                Section(paragraphs: [desk.t(pdf ? "pdf_available" : "pdf_unavailable", context)], id: "pdf"),
                Section(
                    heading: desk.t("briefing_packs", context),
                    table: Table(headers: headers, rows: visits.map { links("pack", $0.id.rawValue, $0.title) })),
                Section(
                    heading: desk.t("info_material", context),
                    table: Table(
                        headers: headers,
                        rows: registry.partnerCities.map { links("material", $0.id.rawValue, $0.name) })),
                Section(
                    heading: desk.t("digests", context),
                    table: Table(
                        headers: headers,
                        rows: registry.enterprises.map { links("digest", $0.id.rawValue, $0.legalName) })),
            ]
            return desk.respond(page, request, context)
        }
        get("/documents/:kind/:id/:format", .deskRead) { request, context, _ in
            let kind = context.parameters.get("kind") ?? ""
            let id = context.parameters.get("id") ?? ""
            let format =
                ["md", "pdf"].contains(context.parameters.get("format")) ? context.parameters.get("format")! : "html"
            let registry = try await desk.registry()
            let now = desk.now(registry)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "twinlink-doc-\(Tokens.random().prefix(12))")
            defer { try? FileManager.default.removeItem(at: folder) }
            let path = folder.path
            let written: WriteDocuments.Written
            switch kind {
            case "pack":
                let activityID: Identifier<Activity> = try CommandArguments.identifier(id, "activity")
                written = try await desk.run { workspace in
                    try await WriteDocuments.briefingPacks(
                        for: activityID, workspace: workspace, output: OutputFolder(path), now: now,
                        pdf: format == "pdf")
                }
            case "material":
                let cityID: Identifier<PartnerCity> = try CommandArguments.identifier(id, "partner city")
                written = try await desk.run { workspace in
                    try await WriteDocuments.informationMaterial(
                        for: cityID, workspace: workspace, output: OutputFolder(path), now: now, pdf: format == "pdf")
                }
            case "digest":
                let firmID: Identifier<LocalEnterprise> = try CommandArguments.identifier(id, "sme")
                written = try await desk.run { workspace in
                    try await WriteDocuments.digests(
                        for: firmID, workspace: workspace, output: OutputFolder(path), now: now, pdf: format == "pdf")
                }
            default:
                throw HTTPError(.notFound, message: desk.t("not_found", context))
            }
            if format == "pdf", let note = written.pdfNote {
                throw HTTPError(.serviceUnavailable, message: note)
            }
            let files = written.files.filter { $0.hasSuffix(".\(format)") }.sorted { $0.count < $1.count }
            guard let first = files.first,
                let data = try? Data(
                    contentsOf: URL(
                        fileURLWithPath: first.hasPrefix("/") ? first : folder.appendingPathComponent(first).path))
            else {
                throw HTTPError(.notFound, message: desk.t("not_found", context))
            }
            let download = request.uri.queryParameters.get("download") != nil
            let name = (first as NSString).lastPathComponent
            let type =
                switch format {
                case "md": "text/markdown; charset=utf-8"
                case "pdf": "application/pdf"
                default: "text/html; charset=utf-8"
                }
            var response = Desk.file(data, type: type, name: download || format == "pdf" ? name : nil)
            response.headers[.contentSecurityPolicy] = SecurityHeadersMiddleware.documentPolicy
            return response
        }
    }
}
