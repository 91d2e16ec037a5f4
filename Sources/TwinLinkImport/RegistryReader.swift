public import Foundation
public import TwinLinkDomain

/// Reads a registry folder (`programme.yaml` plus one CSV per table, see docs/registry-format.md)
/// into a validated `Registry`, or refuses it with every problem found.
public struct RegistryReader: Sendable {
    public static let programmeFile = "programme.yaml"

    /// The delimiter and encoding of the CSV files.
    public var format: CSVFormat

    public init(format: CSVFormat = .standard) {
        self.format = format
    }

    /// The optional registry files that are not in `directory`, with what their absence means, for a
    /// note after an import (an absent `enterprise_links.csv` means no firm has partner or linked
    /// enterprises, which changes SME sizes).
    public static func absentOptionalFiles(in directory: URL) -> [String] {
        let present = Set((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
        return absentOptionalFiles(present: present)
    }

    /// The same for files given as data.
    public static func absentOptionalFiles(in files: RegistryFiles) -> [String] {
        absentOptionalFiles(present: files.names)
    }

    /// The registry's file names: those a folder must have (`programme.yaml` first) and those it may
    /// leave out (then read as no records), in the registry's order; for messages that list them.
    public static var fileNames: (required: [String], optional: [String]) {
        (
            ["programme.yaml"] + TableSchema.all.filter(\.fileRequired).map(\.fileName),
            TableSchema.all.filter { !$0.fileRequired }.map(\.fileName)
        )
    }

    /// The optional files `directory` does not have (read as no records), by name.
    public static func absentOptionalFileNames(in directory: URL) -> [String] {
        let present = Set((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
        return TableSchema.all.filter { !$0.fileRequired && !present.contains($0.fileName) }.map(\.fileName)
    }

    private static func absentOptionalFiles(present: Set<String>) -> [String] {
        TableSchema.all.filter { !$0.fileRequired && !present.contains($0.fileName) }.map {
            "\($0.fileName) is absent: read as no records (\(TableSchema.fileList))"
        }
    }

    /// - Parameters:
    ///   - directory: the folder to read.
    ///   - displayPath: how to name the folder in messages (as the user typed it).
    public func read(directory: URL, displayPath: String) throws(ImportFailure) -> Registry {
        try read(RegistryFiles.folder(directory, displayPath: displayPath))
    }

    /// Reads the registry from its files as data (a folder's or an upload's).
    public func read(_ files: RegistryFiles) throws(ImportFailure) -> Registry {
        let log = IssueLog()
        let name = files.name
        let present = files.names
        let known = Set(TableSchema.all.map(\.fileName))
        for file in present.sorted() where file.hasSuffix(".csv") && !known.contains(file) {
            log.report(
                name(file), 1, field: "(file)", value: file,
                "unknown registry file; expected \(TableSchema.all.map(\.fileName).joined(separator: ", "))")
        }

        var programme: Programme?
        if let data = files[Self.programmeFile] {
            if let text = String(data: data, encoding: .utf8) {
                programme = ProgrammeFileReader(file: name(Self.programmeFile), log: log).read(text)
            } else {
                log.report(name(Self.programmeFile), 1, field: "(file)", value: "", "the file is not valid UTF-8")
            }
        } else if files.unreadable.contains(Self.programmeFile) {
            log.report(
                name(Self.programmeFile), 0, field: "(file)", value: Self.programmeFile, "the file cannot be read")
        } else {
            log.report(
                name(Self.programmeFile), 0, field: "(file)", value: Self.programmeFile,
                "the programme settings file is missing")
        }

        /// The parsed records and every id in the file (also of rejected rows); `ids` is `nil` when
        /// the file could not be read as a table, so that references into it are not checked.
        func rows<T>(_ schema: TableSchema, _ parse: (RowReader) -> T?) -> (values: [Sourced<T>], ids: Set<String>?) {
            let file = name(schema.fileName)
            guard present.contains(schema.fileName) else {
                if schema.fileRequired {
                    log.report(
                        file, 0, field: "(file)", value: schema.fileName,
                        "the file is missing; expected a CSV with the columns \(schema.columnList) "
                            + "(\(TableSchema.fileList))")
                }
                // An absent optional file: references into it are reported once, as a missing file.
                return ([], nil)
            }
            guard let data = files[schema.fileName] else {
                log.report(file, 0, field: "(file)", value: schema.fileName, "the file cannot be read")
                return ([], nil)
            }
            guard let table = CSVTable.load(data: data, file: file, schema: schema, format: format, log: log) else {
                return ([], nil)
            }
            var values: [Sourced<T>] = []
            var firstLine: [String: Int] = [:]
            for record in table.records {
                let row = RowReader(file: file, record: record, log: log)
                if let id = row.raw("id") {
                    if let first = firstLine[id] {
                        row.report("id", "duplicate id; it is already used on line \(first)")
                        continue
                    }
                    firstLine[id] = record.line
                }
                if let value = parse(row) { values.append(Sourced(value: value, line: record.line)) }
            }
            // Rows that could not be read have unknown ids: references into the file are not checked.
            return (values, table.hasUnreadableRows ? nil : Set(firstLine.keys))
        }

        let people = rows(.people, TableRowParsers.person)
        let cities = rows(.partnerCities, TableRowParsers.partnerCity)
        let enterprises = rows(.enterprises, TableRowParsers.enterprise)
        let links = rows(.enterpriseLinks, TableRowParsers.enterpriseLink)
        let partners = rows(.partnerEnterprises, TableRowParsers.partnerEnterprise)
        let zones = Dictionary(uniqueKeysWithValues: cities.values.map { ($0.value.id.rawValue, $0.value.timeZone) })
        let events = rows(.events) {
            TableRowParsers.event($0, programme: programme, cityIDs: cities.ids, cityZones: zones)
        }
        let applications = rows(.applications, TableRowParsers.application)
        let requests = rows(.meetingRequests, TableRowParsers.meetingRequest)

        let absent = Set(TableSchema.all.filter { !$0.fileRequired && !present.contains($0.fileName) }.map(\.fileName))
        ReferenceCheck(
            log: log, fileName: name, absentFiles: absent, people: people.values, peopleIDs: people.ids,
            cities: cities.values,
            cityIDs: cities.ids, enterprises: enterprises.values, enterpriseIDs: enterprises.ids, links: links.values,
            partners: partners.values, partnerIDs: partners.ids, events: events.values, eventIDs: events.ids,
            applications: applications.values, requests: requests.values
        ).run()

        guard log.isEmpty, let programme else { throw ImportFailure(issues: log.issues) }
        return Registry(
            programme: programme, partnerCities: cities.values.map(\.value),
            enterprises: enterprises.values.map(\.value), enterpriseLinks: links.values.map(\.value),
            partnerEnterprises: partners.values.map(\.value), people: people.values.map(\.value),
            events: events.values.map(\.value), applications: applications.values.map(\.value),
            meetingRequests: requests.values.map(\.value))
    }
}
