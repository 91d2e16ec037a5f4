import Foundation
import Hummingbird
import TwinLinkAllocation
import TwinLinkApp
import TwinLinkDomain
import TwinLinkImport
import TwinLinkStore

/// Editing one registry record through the import itself: the files of the last import are copied
/// to a private folder, the record's row is changed there, and the whole folder goes through
/// `twinlink import` (the same checks and messages, one transaction: all or nothing). Only then
/// does the desk keep the changed files as the registry's sources for the next edit.
extension RegistryKind {
    /// The registry file holding this kind of record.
    var fileName: String {
        switch self {
        case .smes: "smes.csv"
        case .partnerCities: "partner_cities.csv"
        case .partnerEnterprises: "partner_enterprises.csv"
        case .people: "people.csv"
        case .events: "events.csv"
        case .applications: "applications.csv"
        case .meetingRequests: "meeting_requests.csv"
        }
    }
}

/// A CSV file as rows of fields (RFC 4180: quoted fields may hold commas, quotes and line breaks).
struct CSVTable: Equatable {
    var header: [String]
    var rows: [[String]]
    var bom = false
    /// How the file is written, as `twinlink import --delimiter --encoding` names it: found from
    /// the bytes (not UTF-8: Windows-1250) and the header (the separator it uses most).
    var delimiter: Unicode.Scalar = ","
    var encoding: CSVFormat.Encoding = .utf8

    init(header: [String], rows: [[String]], bom: Bool = false) {
        self.header = header
        self.rows = rows
        self.bom = bom
    }

    init(parsing data: Data) {
        var text: String
        if let utf8 = String(validating: [UInt8](data), as: UTF8.self) {
            text = utf8
        } else if let central = String(data: data, encoding: .windowsCP1250) {
            text = central
            encoding = .windows1250
        } else {
            text = String(decoding: data, as: UTF8.self)
        }
        let firstLine = text.prefix { $0 != "\n" }
        delimiter =
            [",", ";", "\t"].max { a, b in
                firstLine.unicodeScalars.filter { $0 == a }.count < firstLine.unicodeScalars.filter { $0 == b }.count
            } ?? ","
        let delimiter = self.delimiter
        if text.hasPrefix("\u{FEFF}") {
            bom = true
            text.removeFirst()
        }
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var index = text.unicodeScalars.startIndex
        let scalars = text.unicodeScalars
        var atFieldStart = true
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            if quoted {
                if scalar == "\"" {
                    if index < scalars.endIndex, scalars[index] == "\"" {
                        field.unicodeScalars.append("\"")
                        index = scalars.index(after: index)
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where atFieldStart:
                quoted = true
                atFieldStart = false
            case delimiter:
                record.append(field)
                field = ""
                atFieldStart = true
            case "\r":
                continue
            case "\n":
                record.append(field)
                records.append(record)
                record = []
                field = ""
                atFieldStart = true
            default:
                field.unicodeScalars.append(scalar)
                atFieldStart = false
            }
        }
        if !field.isEmpty || !record.isEmpty {
            record.append(field)
            records.append(record)
        }
        header = records.first ?? []
        rows = Array(records.dropFirst()).filter { $0 != [""] }
    }

    func value(_ column: String, in row: [String]) -> String {
        guard let index = header.firstIndex(of: column), index < row.count else { return "" }
        return row[index]
    }

    /// The text in the file's own separator and encoding, every field quoted when it needs to
    /// be, lines ended with CRLF; `nil` when a character typed has no Windows-1250 byte.
    var data: Data? {
        let separator = Character(delimiter)
        func field(_ text: String) -> String {
            text.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        let lines = ([header] + rows).map { $0.map(field).joined(separator: String(separator)) }
        let text = (bom ? "\u{FEFF}" : "") + lines.joined(separator: "\r\n") + "\r\n"
        return encoding == .utf8 ? Data(text.utf8) : text.data(using: .windowsCP1250)
    }

    /// The separator as `--delimiter` names it.
    var delimiterName: String { delimiter == "\t" ? "tab" : String(Character(delimiter)) }
}

extension Desk {
    /// Where the desk keeps the registry files of its last import or edit, with a stamp naming that import.
    var registrySourcesFolder: URL { URL(fileURLWithPath: options.databasePath + ".registry") }

    /// The folder holding the files of the latest import: the desk's own copy when it made that
    /// import, else the folder the command line imported from (when the server can read it).
    func registrySources() async throws -> URL {
        let history = try await workspace.store.read({ try $0.importHistory() })
        guard let latest = history.last else {
            throw TwinLinkError.notReady(
                "the database \(options.databasePath) is empty: import the registry files first (Registry → Import)")
        }
        let stamp = "\(history.count) \(latest.importedAt)"
        let ownStamp = try? String(
            contentsOf: registrySourcesFolder.appendingPathComponent(".import"), encoding: .utf8)
        if ownStamp == stamp { return registrySourcesFolder }
        let source = URL(fileURLWithPath: latest.source)
        if FileManager.default.fileExists(atPath: source.appendingPathComponent("programme.yaml").path) {
            return source
        }
        throw TwinLinkError.notReady(
            "the files of the last import (\(latest.source)) cannot be read by the server: upload them through Registry → Import, then edit"
        )
    }

    /// Keeps the files of an import the desk made (upload or edit) as the sources of the next edit.
    func keepRegistrySources(_ files: RegistryFiles) async throws {
        let history = try await workspace.store.read({ try $0.importHistory() })
        guard let latest = history.last else { return }
        let target = registrySourcesFolder
        let staging = URL(fileURLWithPath: target.path + ".new")
        try? FileManager.default.removeItem(at: staging)
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        for (name, data) in files.contents where !name.contains("/") {
            try data.write(to: staging.appendingPathComponent(name))
        }
        try Data("\(history.count) \(latest.importedAt)".utf8).write(to: staging.appendingPathComponent(".import"))
        try? FileManager.default.removeItem(at: target)
        try FileManager.default.moveItem(at: staging, to: target)
    }

    /// The record's row in its registry file: the header and the row's fields.
    func registryRow(_ kind: RegistryKind, _ id: String) async throws -> (sources: URL, table: CSVTable, row: Int) {
        let sources = try await registrySources()
        let file = sources.appendingPathComponent(kind.fileName)
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw TwinLinkError.notReady("\(file.path) cannot be read: upload the registry through Registry → Import")
        }
        let table = CSVTable(parsing: data)
        guard let row = table.rows.firstIndex(where: { table.value("id", in: $0) == id }) else {
            throw TwinLinkError.notFound("no row with id '\(id)' in \(kind.fileName)")
        }
        return (sources, table, row)
    }

    /// The edit form: a widget for every column of the record's row (``RegistryWidgets``), holding
    /// what the registry file has, or what was sent when the import refused it.
    func editPage(
        _ kind: RegistryKind, _ id: String, _ context: WebContext, values: [String: String]? = nil
    ) async throws -> Page {
        let (_, table, row) = try await registryRow(kind, id)
        let widgets = RegistryWidgets(registry: try await registryIfAny())
        let original = Dictionary(
            table.header.map { ($0, table.value($0, in: table.rows[row])) }, uniquingKeysWith: { first, _ in first })
        var page = Page(title: "\(t("edit", context)): \(id)")
        var explain = [t("edit_explain", context, kind.fileName)]
        if table.delimiter != "," || table.encoding != .utf8 {
            explain.append(t("edit_format", context, table.delimiterName, table.encoding.rawValue))
        }
        page.sections = [
            Section(
                paragraphs: explain,
                forms: [
                    Form(
                        action: "/registry/\(kind.rawValue)/\(id)/edit", submit: t("save", context),
                        fields: table.header.filter { $0 != "id" }.map { column in
                            widgets.field(
                                column, value: values?[column] ?? original[column] ?? "", row: values ?? original,
                                hints: { editHint($0, context) })
                        }, id: "edit")
                ],
                links: [Link(href: "/registry/\(kind.rawValue)/\(id)", label: t("back", context))])
        ]
        return page
    }

    /// The format a column expects, where a widget does not show it.
    private func editHint(_ column: String, _ context: WebContext) -> String? {
        switch column {
        case _ where RegistryWidgets.listHints.contains(column): t("hint_list", context)
        case "business_hours": t("hint_hours", context)
        case "country": t("hint_country", context)
        case _ where RegistryWidgets.instants.contains(column): t("hint_instant", context)
        case _ where RegistryWidgets.multiple.contains(column): t("hint_multiple", context)
        default: nil
        }
    }

    /// Saves the edit through the import; a refusal shows the import's messages next to the fields.
    func saveEdit(_ kind: RegistryKind, _ id: String, _ form: FormData, _ request: Request, _ context: WebContext)
        async throws -> Response
    {
        let (sources, original, row) = try await registryRow(kind, id)
        var table = original
        var changed: [String] = []
        var values: [String: String] = [:]
        let widgets = RegistryWidgets(registry: try await registryIfAny())
        let originalRow = Dictionary(
            table.header.map { ($0, table.value($0, in: table.rows[row])) }, uniquingKeysWith: { first, _ in first })
        for column in table.header where column != "id" {
            guard let index = table.header.firstIndex(of: column) else { continue }
            let old = originalRow[column] ?? ""
            let field = widgets.field(column, value: old, row: originalRow, hints: { _ in nil })
            let new = widgets.text(column, original: old, form: form, field: field)
            values[column] = new
            while table.rows[row].count <= index { table.rows[row].append("") }
            if table.rows[row][index] != new {
                changed.append("\(column) '\(table.rows[row][index])' → '\(new)'")
                table.rows[row][index] = new
            }
        }
        guard !changed.isEmpty else {
            return Desk.redirect("/registry/\(kind.rawValue)/\(id)")
        }
        // The registry's files as data, the record's file changed: the same import as an upload.
        var files = RegistryFiles([:], displayPath: "")
        for name in try FileManager.default.contentsOfDirectory(atPath: sources.path)
        where name.hasSuffix(".csv") || name.hasSuffix(".yaml") {
            files.contents[name] = FileManager.default.contents(atPath: sources.appendingPathComponent(name).path)
        }
        guard let data = table.data else {
            var page = try await editPage(kind, id, context, values: values)
            page.problems = [t("edit_not_encodable", context, kind.fileName)]
            return respond(page, request, context, status: .unprocessableContent)
        }
        files.contents[kind.fileName] = data
        let now = Date()
        let source = "edit of \(id) by \(actor(context))"
        let (delimiter, encoding) = (table.delimiterName, table.encoding.rawValue)
        do {
            _ = try await run { [files] workspace in
                try await ImportRegistry.run(
                    files: files, into: workspace.store, delimiter: delimiter, encoding: encoding, source: source,
                    now: { _ in now })
            }
        } catch TwinLinkError.badInput(let failure) {
            // Each of the import's messages next to its field when it is about this record's file;
            // the rest (another file, the record's id) at the top.
            var problems = FormProblems()
            for issue in failure.issues {
                let here = issue.file.hasSuffix(kind.fileName) && values[issue.field] != nil
                problems.add(issue.description, field: here ? issue.field : nil)
            }
            var page = try await editPage(kind, id, context, values: values)
            problems.show(in: &page, form: "edit", entered: FormData(), notSaved: t("form_not_saved", context))
            return respond(page, request, context, status: .unprocessableContent)
        }
        try await keepRegistrySources(files)
        try await accounts.recordAudit(
            AuditEntry(
                at: now, actor: actor(context), action: "edit", subject: id,
                detail: "\(kind.fileName) \(id): " + changed.joined(separator: "; ")))
        return Desk.redirect("/registry/\(kind.rawValue)/\(id)?saved=1")
    }
}
