/// The columns a registry file may have (see docs/registry-format.md).
struct TableSchema: Sendable {
    struct Column: Sendable {
        let name: String
        let required: Bool
    }

    let fileName: String
    let columns: [Column]
    /// Whether the import needs the file; optional files stand for empty tables.
    let fileRequired: Bool

    init(_ fileName: String, fileRequired: Bool = true, required: [String], optional: [String] = []) {
        self.fileName = fileName
        self.fileRequired = fileRequired
        self.columns =
            required.map { Column(name: $0, required: true) } + optional.map { Column(name: $0, required: false) }
    }

    func column(named name: String) -> Column? { columns.first { $0.name == name } }
    var columnList: String { columns.map(\.name).joined(separator: ", ") }

    static let partnerCities = TableSchema(
        "partner_cities.csv", required: ["id", "name", "country", "time_zone", "languages", "contact_person_id"],
        optional: ["key_sectors", "partnership_since", "business_hours", "subdivision", "website", "notes"])
    static let enterprises = TableSchema(
        "smes.csv",
        required: [
            "id", "legal_name", "registration_number", "address", "postcode", "staff_headcount", "annual_turnover_eur",
            "balance_sheet_total_eur", "nace_codes", "offer", "languages", "profile_consent", "contact_person_id",
        ],
        optional: [
            "in_city", "cooperation_needs", "apprenticeships", "info_material_contributed_on", "website", "founded",
        ])
    static let enterpriseLinks = TableSchema(
        "enterprise_links.csv", fileRequired: false,
        required: [
            "id", "sme_id", "name", "relationship", "share_percent", "staff_headcount", "annual_turnover_eur",
            "balance_sheet_total_eur",
        ])
    static let partnerEnterprises = TableSchema(
        "partner_enterprises.csv", fileRequired: false,
        required: ["id", "partner_city_id", "name", "nace_codes", "offer", "languages", "contact_person_id"],
        optional: ["interests", "interest_sectors", "website"])
    static let people = TableSchema(
        "people.csv", required: ["id", "full_name", "email", "organisation_kind"],
        optional: ["organisation_id", "phone", "job_title", "languages", "language"])
    static let events = TableSchema(
        "events.csv", fileRequired: false,
        required: ["id", "name", "kind", "host_city_id", "start", "end", "venue_name", "venue_address", "visit"],
        optional: ["time_zone", "latitude", "longitude", "partner_city_ids", "description", "source"])
    static let applications = TableSchema(
        "applications.csv", fileRequired: false,
        required: ["id", "event_id", "sme_id", "submitted_at", "delegate_person_ids", "cost_acknowledged"],
        optional: ["motivation", "withdrawn_at", "activity_id"])
    static let meetingRequests = TableSchema(
        "meeting_requests.csv", fileRequired: false,
        required: ["id", "event_id", "sme_id", "partner_enterprise_id", "requested_by", "weight"],
        optional: ["note"])

    /// The files an import needs and the ones it may do without, for messages and the docs.
    static var fileList: String {
        "required: programme.yaml, " + all.filter(\.fileRequired).map(\.fileName).joined(separator: ", ")
            + "; optional (absent means no records): "
            + all.filter { !$0.fileRequired }.map(\.fileName)
            .joined(separator: ", ")
    }

    static let all: [TableSchema] = [
        people, partnerCities, enterprises, enterpriseLinks, partnerEnterprises, events, applications, meetingRequests,
    ]
}
