import Foundation
import Hummingbird
import TwinLinkAllocation
import TwinLinkApp
import TwinLinkImport
import TwinLinkStore

extension RouteTable {
    /// `programme.yaml` and `regulations.yaml` as text: shown to the desk, edited by coordinators.
    /// A save goes through the same import as an upload (every file of the registry, the edited
    /// one changed): all or nothing, each problem as FILE:LINE next to the text.
    mutating func addRegistryFileRoutes() {
        let desk = desk
        get("/registry-files/:name", .deskRead) { request, context, _ in
            let name = try Desk.registryFileName(context.parameters.get("name") ?? "", context, desk)
            return desk.respond(try await desk.registryFilePage(name, context, text: nil), request, context)
        }
        post("/registry-files/:name", .deskWrite) { request, context, form in
            let name = try Desk.registryFileName(context.parameters.get("name") ?? "", context, desk)
            return try await desk.saveRegistryFile(name, form, request, context)
        }
    }
}

extension Desk {
    static let editableFiles = ["programme.yaml", "regulations.yaml"]

    static func registryFileName(_ name: String, _ context: WebContext, _ desk: Desk) throws -> String {
        guard editableFiles.contains(name) else { throw HTTPError(.notFound, message: desk.t("not_found", context)) }
        return name
    }

    /// The file's text as the last import read it (empty when that import had none).
    func registryFileText(_ name: String) async throws -> (sources: URL, text: String) {
        let sources = try await registrySources()
        let data = FileManager.default.contents(atPath: sources.appendingPathComponent(name).path) ?? Data()
        return (sources, String(decoding: data, as: UTF8.self))
    }

    func registryFilePage(_ name: String, _ context: WebContext, text: String?) async throws -> Page {
        let (_, stored) = try await registryFileText(name)
        var page = Page(title: name)
        if canWrite(context) {
            page.sections = [
                Section(
                    paragraphs: [t("file_edit_explain", context, name)],
                    forms: [
                        Form(
                            action: "/registry-files/\(name)", submit: t("save_and_import", context),
                            fields: [
                                Field(name: "text", label: name, kind: .textarea, value: text ?? stored)
                            ], id: "file-edit")
                    ],
                    links: [Link(href: "/registry", label: t("back", context))])
            ]
        } else {
            page.sections = [
                Section(
                    preformatted: stored, links: [Link(href: "/registry", label: t("back", context))], id: "file")
            ]
        }
        return page
    }

    func saveRegistryFile(_ name: String, _ form: FormData, _ request: Request, _ context: WebContext) async throws
        -> Response
    {
        let (sources, stored) = try await registryFileText(name)
        let text = (form["text"] ?? "").replacingOccurrences(of: "\r\n", with: "\n")
        guard text != stored else { return Desk.redirect("/registry") }
        var files = RegistryFiles([:], displayPath: "")
        for file in try FileManager.default.contentsOfDirectory(atPath: sources.path)
        where file.hasSuffix(".csv") || file.hasSuffix(".yaml") {
            files.contents[file] = FileManager.default.contents(atPath: sources.appendingPathComponent(file).path)
        }
        files.contents[name] = Data(text.utf8)
        let now = Date()
        let source = "edit of \(name) by \(actor(context))"
        do {
            _ = try await run { [files] workspace in
                try await ImportRegistry.run(files: files, into: workspace.store, source: source, now: { _ in now })
            }
        } catch let error as TwinLinkError {
            // The problems in this file next to its text, the others (a CSV file the change broke) at the top.
            var problems = FormProblems()
            if case .badInput(let failure) = error {
                for issue in failure.issues {
                    problems.add(issue.description, field: issue.file == name ? "text" : nil)
                }
            } else {
                problems.add(error.description, field: "text")
            }
            var page = try await registryFilePage(name, context, text: text)
            problems.show(in: &page, form: "file-edit", entered: FormData(), notSaved: t("form_not_saved", context))
            return respond(page, request, context, status: error.httpStatus)
        }
        try await keepRegistrySources(files)
        try await accounts.recordAudit(
            AuditEntry(
                at: now, actor: actor(context), action: "edit", subject: name,
                detail: "\(name) edited at the desk and imported"))
        var page = try await registryFilePage(name, context, text: nil)
        page.notice = t("file_saved", context, name)
        return respond(page, request, context)
    }
}
