public import TwinLinkDomain

/// One registry record given field by field (a form on the web), read by the import's own row
/// parsers: the same rules and the same `FILE:LINE: field 'NAME' value 'VALUE': …` messages as a
/// whole import, with `line` the line the record would have in its file. References to other files
/// are the caller's to check (it knows which records the form may name).
public enum RecordCheck {
    /// A record of `events.csv`; the host city's time zone and the programme's come from `registry`.
    public static func event(
        _ values: [String: String], line: Int, registry: Registry
    ) -> Result<MutualEvent, ImportFailure> {
        let zones = Dictionary(uniqueKeysWithValues: registry.partnerCities.map { ($0.id.rawValue, $0.timeZone) })
        return read("events.csv", values, line) {
            TableRowParsers.event(
                $0, programme: registry.programme, cityIDs: Set(zones.keys), cityZones: zones)
        }
    }

    /// A record of `partner_enterprises.csv`.
    public static func partnerEnterprise(
        _ values: [String: String], line: Int
    ) -> Result<PartnerEnterprise, ImportFailure> {
        read("partner_enterprises.csv", values, line, TableRowParsers.partnerEnterprise)
    }

    /// A record of `enterprise_links.csv`.
    public static func enterpriseLink(_ values: [String: String], line: Int) -> Result<EnterpriseLink, ImportFailure> {
        read("enterprise_links.csv", values, line, TableRowParsers.enterpriseLink)
    }

    /// A record of `people.csv`.
    public static func person(_ values: [String: String], line: Int) -> Result<Person, ImportFailure> {
        read("people.csv", values, line, TableRowParsers.person)
    }

    private static func read<T>(
        _ file: String, _ values: [String: String], _ line: Int, _ parse: (RowReader) -> T?
    ) -> Result<T, ImportFailure> {
        let log = IssueLog()
        let row = RowReader(file: file, record: CSVTable.Record(line: line, values: values), log: log)
        let value = parse(row)
        guard log.isEmpty, let value else {
            return .failure(
                ImportFailure(
                    issues: log.isEmpty
                        ? [
                            ImportIssue(
                                file: file, line: line, field: "id", value: values["id"] ?? "", problem: "not read")
                        ]
                        : log.issues))
        }
        return .success(value)
    }
}
