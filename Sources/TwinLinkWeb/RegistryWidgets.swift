import Foundation
import TwinLinkDomain

/// The edit form's widget for each column of a registry file: dates and times as date and time
/// pickers, numbers as numbers, yes/no columns as a checkbox (or a choice when the column may be
/// left empty), fixed sets of values and references to other records as choices, lists of
/// references as several choices. What the widget sends is turned back into the file's text and
/// checked by the import exactly as before (the same messages). A value the widget cannot show
/// as it is (a number written `1 000`, a reference to a record that is not there) keeps a text
/// field or is offered as it is, so that opening the form and saving it changes nothing.
struct RegistryWidgets {
    let registry: Registry?
    /// The programme's home zone: instants with an offset (`submitted_at`) are picked in it.
    let zone: TimeZone

    init(registry: Registry?) {
        self.registry = registry
        zone = registry?.programme.homeCity.timeZone.timeZone ?? TimeZone(identifier: "UTC")!
    }

    /// The words a yes/no column uses in the file, kept as the file has them.
    static func booleanWords(_ value: String) -> (yes: String, no: String) {
        switch value.lowercased() {
        case "true", "false": ("true", "false")
        case "1", "0": ("1", "0")
        case "y", "n": ("y", "n")
        default: ("yes", "no")
        }
    }

    static let requiredBooleans: Set<String> = ["profile_consent", "cost_acknowledged"]
    static let optionalBooleans: Set<String> = ["in_city"]
    static let dates: Set<String> = ["info_material_contributed_on"]
    static let instants: Set<String> = ["submitted_at", "withdrawn_at"]
    static let longTexts: Set<String> = [
        "offer", "cooperation_needs", "apprenticeships", "notes", "description", "motivation", "note", "interests",
        "venue_address",
    ]
    static let listHints: Set<String> = ["languages", "nace_codes", "key_sectors", "interest_sectors"]

    /// Numbers: step, least and greatest value.
    static let numbers: [String: (step: String, min: String?, max: String?)] = [
        "staff_headcount": ("1", "0", nil), "annual_turnover_eur": ("0.01", "0", nil),
        "balance_sheet_total_eur": ("0.01", "0", nil), "share_percent": ("any", "0", "100"),
        "partnership_since": ("1", "1000", "2999"), "founded": ("1", "1000", "2999"),
        "latitude": ("any", "-90", "90"), "longitude": ("any", "-180", "180"),
    ]

    /// Fixed sets of values, as the import reads them.
    static let choices: [String: [String]] = [
        "organisation_kind": ["sme", "partner_enterprise", "partner_city", "programme"],
        "relationship": ["partner", "linked"], "visit": ["outgoing", "incoming", "none"],
        "requested_by": ["sme", "partner", "both"], "weight": ["1", "2", "3"],
        "kind": MutualEvent.Kind.allCases.map(\.rawValue),
    ]

    private func references(_ column: String, row: [String: String]) -> [(String, String)]? {
        guard let registry else { return nil }
        let people = registry.people.map { ($0.id.rawValue, "\($0.fullName) (\($0.id.rawValue))") }
        let smes = registry.enterprises.map { ($0.id.rawValue, "\($0.legalName) (\($0.id.rawValue))") }
        let cities = registry.partnerCities.map { ($0.id.rawValue, "\($0.name) (\($0.id.rawValue))") }
        let partners = registry.partnerEnterprises.map { ($0.id.rawValue, "\($0.name) (\($0.id.rawValue))") }
        switch column {
        case "contact_person_id": return people
        case "organisation_id": return [("", "—")] + smes + partners + cities
        case "partner_city_id": return cities
        case "sme_id": return smes
        case "partner_enterprise_id": return partners
        case "event_id": return registry.events.map { ($0.id.rawValue, "\($0.name) (\($0.id.rawValue))") }
        case "host_city_id": return [("home", registry.programme.homeCity.name)] + cities
        case "partner_city_ids": return cities
        case "delegate_person_ids":
            // The firm's own people (and whoever the row lists already).
            let firm = row["sme_id"] ?? ""
            let listed = Set(row["delegate_person_ids", default: ""].split(separator: ";").map(String.init))
            return registry.people.filter { $0.organisation.organisationID == firm || listed.contains($0.id.rawValue) }
                .map { ($0.id.rawValue, "\($0.fullName) (\($0.id.rawValue))") }
        case "time_zone":
            return [("", "—")] + TimeZone.knownTimeZoneIdentifiers.sorted().map { ($0, $0) }
        default: return nil
        }
    }

    static let multiple: Set<String> = ["partner_city_ids", "delegate_person_ids"]

    /// The form field for `column` holding the file's `value`.
    func field(_ column: String, value: String, row: [String: String], hints: (String) -> String?) -> Field {
        var field = Field(name: column, label: column, value: value)
        field.hint = hints(column)
        if Self.requiredBooleans.contains(column), Parse.isBoolean(value) || value.isEmpty {
            let words = Self.booleanWords(value)
            field.kind = .checkbox
            field.checkedValue = words.yes
            field.value = Parse.isTrue(value) ? words.yes : ""
        } else if Self.optionalBooleans.contains(column), Parse.isBoolean(value) || value.isEmpty {
            let words = Self.booleanWords(value)
            field.kind = .select
            field.options = [("", "—"), (words.yes, words.yes), (words.no, words.no)]
            field.value = value.isEmpty ? "" : (Parse.isTrue(value) ? words.yes : words.no)
        } else if Self.dates.contains(column), value.isEmpty || Parse.isDate(value) {
            field.kind = .date
        } else if column == "start" || column == "end" {
            // An all-day event's first and last day, or a timed event's local start and end.
            if Parse.isDate(value) {
                field.kind = .date
            } else if Parse.isLocalDateTime(value) {
                field.kind = .dateTime
            }
        } else if Self.instants.contains(column), value.isEmpty || instantParts(value) != nil {
            field.kind = .dateTime
            field.step = "1"
            field.value = instantParts(value)?.local ?? ""
        } else if let number = Self.numbers[column], value.isEmpty || Double(value) != nil {
            field.kind = .number
            (field.step, field.min, field.max) = (number.step, number.min, number.max)
        } else if let choices = Self.choices[column] ?? references(column, row: row)?.map(\.0) {
            let labelled = references(column, row: row) ?? choices.map { ($0, $0) }
            field.kind = .select
            field.multiple = Self.multiple.contains(column)
            field.options = labelled
            // What the file has is always offered, so that saving the form unchanged changes nothing.
            let present = Set(labelled.map(\.0))
            let values = field.multiple ? value.split(separator: ";").map(String.init) : [value]
            for missing in values where !present.contains(missing) { field.options.insert((missing, missing), at: 0) }
        } else if column == "email" {
            field.kind = .email
        } else if column == "website" {
            field.kind = .url
        } else if Self.longTexts.contains(column) || value.count > 80 {
            field.kind = .textarea
        }
        return field
    }

    /// The file's text for what the form sent for `column` (whose text was `original`).
    func text(_ column: String, original: String, form: FormData, field: Field) -> String {
        switch field.kind {
        case .checkbox:
            let words = Self.booleanWords(original)
            return (form.values[column] ?? []).contains(words.yes) ? words.yes : words.no
        case .select where field.multiple:
            return (form.values[column] ?? []).filter { !$0.isEmpty }.joined(separator: ";")
        case .dateTime where Self.instants.contains(column):
            let sent = form[column]?.trimmingCharacters(in: .whitespaces) ?? ""
            if let parts = instantParts(original), parts.local == sent { return original }
            return sent.isEmpty ? "" : instant(local: sent)
        default:
            return (form[column] ?? "").replacingOccurrences(of: "\r\n", with: "\n")
        }
    }

    /// `2026-05-11T19:09:29+02:00` as its local part and offset.
    private func instantParts(_ value: String) -> (local: String, offset: String)? {
        guard value.count == 25, Parse.isLocalDateTime(String(value.prefix(19))) else { return nil }
        let offset = String(value.suffix(6))
        guard offset.first == "+" || offset.first == "-" else { return nil }
        return (String(value.prefix(19)), offset)
    }

    /// A local date and time picked in the home zone, with the zone's offset on that day; the
    /// import checks it (a time the clocks skip is refused there).
    private func instant(local: String) -> String {
        let withSeconds = local.count == 16 ? local + ":00" : local
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = zone
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ss"
        guard let date = formatter.date(from: withSeconds) else { return local }
        let seconds = zone.secondsFromGMT(for: date)
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        return withSeconds + String(format: "%@%02d:%02d", sign, minutes / 60, minutes % 60)
    }

    /// The few shapes of text the widgets need to recognise.
    enum Parse {
        static func isBoolean(_ text: String) -> Bool {
            ["yes", "no", "y", "n", "true", "false", "1", "0"].contains(text.lowercased())
        }

        static func isTrue(_ text: String) -> Bool { ["yes", "y", "true", "1"].contains(text.lowercased()) }

        static func isDate(_ text: String) -> Bool {
            text.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil
        }

        static func isLocalDateTime(_ text: String) -> Bool {
            text.range(of: #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$"#, options: .regularExpression) != nil
        }
    }
}
