public import Foundation
import Mustache

/// Writes a report as files: `report.html` (self-contained: inline CSS, inline SVG charts, no
/// scripts, nothing fetched) and one CSV per table, named after the table. Deterministic: the
/// same report gives the same bytes.
public struct ReportRenderer: Sendable {
    public static let htmlFileName = "report.html"
    private static let templateName = "report"

    private let library: MustacheLibrary

    /// The template folder shipped inside the module's resource bundle.
    public static var shippedTemplatesFolder: URL? {
        Bundle.module.url(forResource: "Templates", withExtension: nil)
    }

    /// Loads the template shipped with the module.
    public init() throws(ReportError) {
        guard let url = Self.shippedTemplatesFolder else {
            throw .templatesNotFound(path: Bundle.module.bundlePath + "/Templates")
        }
        try self.init(templatesFolder: url)
    }

    /// Loads `report.mustache` from a folder: an organisation's own edition of the page.
    public init(templatesFolder: URL) throws(ReportError) {
        let file = templatesFolder.appendingPathComponent("\(Self.templateName).mustache")
        guard FileManager.default.fileExists(atPath: templatesFolder.path) else {
            throw .templatesNotFound(path: templatesFolder.path)
        }
        guard let data = FileManager.default.contents(atPath: file.path),
            let text = String(data: data, encoding: .utf8)
        else { throw .unreadableTemplate(path: file.path) }
        var library = MustacheLibrary()
        do {
            try library.register(text, named: Self.templateName)
        } catch let error as MustacheTemplate.ParserError {
            throw .templateSyntax(
                file: file.lastPathComponent, line: error.context.lineNumber, column: error.context.columnNumber,
                problem: String(describing: error.error))
        } catch {
            throw .templateSyntax(file: file.lastPathComponent, line: 0, column: 0, problem: "\(error)")
        }
        self.library = library
    }

    /// The report's HTML page.
    public func html(_ report: Report) -> String {
        library.render(ReportView(report), withTemplate: Self.templateName) ?? ""
    }

    /// `report.html` and the CSV files, by name.
    public func files(for report: Report) -> [ReportFile] {
        var files = [ReportFile(name: Self.htmlFileName, data: Data(html(report).utf8))]
        for table in report.tables {
            files.append(ReportFile(name: table.csvFileName, data: Data(table.csv.utf8)))
        }
        return files.sorted { $0.name < $1.name }
    }
}
