import Foundation
import Hummingbird
import TwinLinkApp
import TwinLinkDomain
import TwinLinkStore

extension RouteTable {
    mutating func addDocumentRoutes() {
        let desk = desk
        get("/documents", .deskRead) { request, context, _ in
            let registry = try await desk.registry()
            let activities = try await desk.activities()
            let visits = activities.filter(\.isStudyVisit)
            func links(_ kind: String, _ id: String, _ label: String) -> [Cell] {
                [
                    Cell(label, href: "/documents/\(kind)/\(id)/html"),
                    Cell(desk.t("download", context) + " HTML", href: "/documents/\(kind)/\(id)/html?download=1"),
                    Cell(desk.t("download", context) + " Markdown", href: "/documents/\(kind)/\(id)/md?download=1"),
                ]
            }
            let headers = [desk.t("preview", context), "HTML", "Markdown"]
            var page = Page(title: desk.t("nav_documents", context))
            page.sections = [
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
            let format = context.parameters.get("format") == "md" ? "md" : "html"
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
                        for: activityID, workspace: workspace, output: OutputFolder(path), now: now)
                }
            case "material":
                let cityID: Identifier<PartnerCity> = try CommandArguments.identifier(id, "partner city")
                written = try await desk.run { workspace in
                    try await WriteDocuments.informationMaterial(
                        for: cityID, workspace: workspace, output: OutputFolder(path), now: now)
                }
            case "digest":
                let firmID: Identifier<LocalEnterprise> = try CommandArguments.identifier(id, "sme")
                written = try await desk.run { workspace in
                    try await WriteDocuments.digests(
                        for: firmID, workspace: workspace, output: OutputFolder(path), now: now)
                }
            default:
                throw HTTPError(.notFound, message: desk.t("not_found", context))
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
            var response = Desk.file(
                data, type: format == "md" ? "text/markdown; charset=utf-8" : "text/html; charset=utf-8",
                name: download ? name : nil)
            response.headers[.contentSecurityPolicy] = SecurityHeadersMiddleware.documentPolicy
            return response
        }
    }
}
