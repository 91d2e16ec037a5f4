import Foundation
import Hummingbird
import TwinLinkApp
import TwinLinkDomain
import TwinLinkReports
import TwinLinkStore

extension RouteTable {
    mutating func addReportRoutes() {
        let desk = desk
        get("/report", .deskRead) { request, context, _ in
            let registry = try await desk.registry()
            let now = desk.now(registry)
            let from = try request.uri.queryParameters.get("from").flatMap { $0.isEmpty ? nil : $0 }.map { text in
                guard let day = LocalDate(iso: text) else {
                    throw TwinLinkError.invalidArgument("from '\(text)': expected YYYY-MM-DD")
                }
                return day
            }
            let to = try request.uri.queryParameters.get("to").flatMap { $0.isEmpty ? nil : $0 }.map { text in
                guard let day = LocalDate(iso: text) else {
                    throw TwinLinkError.invalidArgument("to '\(text)': expected YYYY-MM-DD")
                }
                return day
            }
            let folder = desk.reportFolder.path
            let result = try await desk.run { workspace in
                try await ReportWrite.run(
                    workspace: workspace, output: OutputFolder(folder), from: from, to: to, now: now)
            }
            var page = Page(title: desk.t("nav_report", context))
            page.sections = [
                Section(
                    paragraphs: [
                        desk.t(
                            "report_period", context, "\(result.period)", result.report.activityIDs.count,
                            result.report.conflicts.count)
                    ],
                    forms: [
                        Form(
                            action: "/report", method: "get", submit: desk.t("show", context),
                            fields: [
                                Field(
                                    name: "from", label: desk.t("from", context), kind: .date, value: from?.iso ?? ""),
                                Field(name: "to", label: desk.t("to", context), kind: .date, value: to?.iso ?? ""),
                            ], id: "period")
                    ],
                    links: result.files.map { ($0 as NSString).lastPathComponent }.sorted().map {
                        Link(href: "/report/files/\($0)", label: $0)
                    }, id: "report-files")
            ]
            return desk.respond(page, request, context)
        }
        get("/report/files/:name", .deskRead) { _, context, _ in
            let name = context.parameters.get("name") ?? ""
            guard name.range(of: #"^[a-z0-9_.-]+\.(html|csv)$"#, options: .regularExpression) != nil,
                let data = try? Data(contentsOf: desk.reportFolder.appendingPathComponent(name))
            else { throw HTTPError(.notFound, message: desk.t("not_found", context)) }
            if name.hasSuffix(".csv") {
                return Desk.file(data, type: "text/csv; charset=utf-8", name: name)
            }
            var response = Desk.file(data, type: "text/html; charset=utf-8")
            response.headers[.contentSecurityPolicy] = SecurityHeadersMiddleware.documentPolicy
            return response
        }
    }
}

extension Desk {
    /// Where the desk writes the report it shows, beside the database.
    var reportFolder: URL { URL(fileURLWithPath: options.databasePath + ".report") }
}
