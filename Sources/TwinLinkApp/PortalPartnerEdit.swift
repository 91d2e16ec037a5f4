public import Foundation
import TwinLinkAllocation
public import TwinLinkDomain
import TwinLinkImport
import TwinLinkStore

/// Use case: a partner city keeps its own part of the registry on the partner-city portal (step 4
/// of the programme): its events open to the partnership and its enterprises with their contact
/// persons. Every form goes through the import's own row rules (`RecordCheck`), with the import's
/// `FILE:LINE: field …` message next to the field, and is written like an import (`apply`, with
/// its history) and audited, in one transaction: nothing half-saved. A city reaches only records of
/// its own: another city's id is unknown (404), as an id that does not exist.
public enum PortalPartnerEdit {
    /// The fields of the event form, as `events.csv` names them.
    public static let eventFields = [
        "name", "kind", "start", "end", "venue_name", "venue_address", "visit", "description", "source",
    ]

    /// The fields of the enterprise form: `partner_enterprises.csv`'s, then the contact person's
    /// (`people.csv`'s, prefixed `contact_`).
    public static let enterpriseFields = [
        "name", "nace_codes", "offer", "interests", "interest_sectors", "languages", "website",
        "contact_full_name", "contact_email", "contact_phone", "contact_job_title",
    ]

    /// The form's values of an event of the city (`start`/`end` as `events.csv` writes them).
    public static func formValues(of event: MutualEvent) -> [String: String] {
        let (start, end): (String, String) =
            switch event.schedule {
            case .allDay(let first, let last, _): (first.iso, last.iso)
            case .timed(let start, let end): (start.local.iso, end.local.iso)
            }
        return [
            "name": event.name, "kind": event.kind.rawValue, "start": start, "end": end,
            "venue_name": event.venue.name, "venue_address": event.venue.address, "visit": event.visit.rawValue,
            "description": event.description ?? "", "source": event.source ?? "",
        ]
    }

    /// The form's values of an enterprise of the city and its contact person.
    public static func formValues(of enterprise: PartnerEnterprise, contact: Person?) -> [String: String] {
        [
            "name": enterprise.name, "nace_codes": enterprise.sectors.map(\.rawValue).joined(separator: ";"),
            "offer": enterprise.offer, "interests": enterprise.interests ?? "",
            "interest_sectors": enterprise.interestSectors.map(\.rawValue).joined(separator: ";"),
            "languages": enterprise.languages.map(\.rawValue).joined(separator: ";"),
            "website": enterprise.website ?? "", "contact_full_name": contact?.fullName ?? "",
            "contact_email": contact?.email.rawValue ?? "", "contact_phone": contact?.phone ?? "",
            "contact_job_title": contact?.jobTitle ?? "",
        ]
    }

    /// Adds an event hosted by `city` (`id` nil) or updates one of the city's own events.
    public static func saveEvent(
        city: Identifier<PartnerCity>, id: String?, form: [String: String], by actor: String,
        workspace: Workspace, now: Date
    ) async throws(TwinLinkError) -> Result<MutualEvent, FieldProblems> {
        try await save(
            "event", city: city, id: id, by: actor, workspace: workspace, now: now,
            records: \.events, isOwn: { $0.host == .partnerCity(city) },
            edit: { registry, index, all in
                var values = Dictionary(uniqueKeysWithValues: eventFields.map { ($0, form[$0] ?? "") })
                // The city hosts its own events: a delegation may travel there; it invites no other city.
                values["host_city_id"] = city.rawValue
                values["time_zone"] = ""
                values["partner_city_ids"] = ""
                let location = index.flatMap { registry.events[$0].venue.location }
                values["latitude"] = location.map { "\($0.latitude)" } ?? ""
                values["longitude"] = location.map { "\($0.longitude)" } ?? ""
                if values["visit"] == "incoming" { values["visit"] = "none" }
                values["id"] =
                    index.map { registry.events[$0].id.rawValue }
                    ?? PortalJoin.unused(
                        "ev-\(String((values["start"] ?? "").prefix(7)))-\(city.rawValue)-\(PortalJoin.slug(values["name"] ?? ""))",
                        taken: Set(all.events.map(\.id.rawValue)))
                switch RecordCheck.event(values, line: (index ?? registry.events.count) + 2, registry: registry) {
                case .failure(let failure):
                    return .failure(problems(failure))
                case .success(let event):
                    let changed = index.map { registry.events[$0] != event } ?? true
                    if let index { registry.events[index] = event } else { registry.events.append(event) }
                    return .success(
                        Edit(
                            record: event, changed: changed, subject: "event:\(event.id)",
                            detail:
                                "\(city): \(event.name) (\(values["start"] ?? "")–\(values["end"] ?? ""), \(event.venue.name))",
                            id: event.id.rawValue))
                }
            })
    }

    /// Adds an enterprise of `city` with its contact person (`id` nil), or updates one of the
    /// city's own enterprises and its contact.
    public static func saveEnterprise(
        city: Identifier<PartnerCity>, id: String?, form: [String: String], by actor: String,
        workspace: Workspace, now: Date
    ) async throws(TwinLinkError) -> Result<PartnerEnterprise, FieldProblems> {
        try await save(
            "enterprise", city: city, id: id, by: actor, workspace: workspace, now: now,
            records: \.partnerEnterprises, isOwn: { $0.partnerCityID == city },
            edit: { registry, index, all in
                let slug = PortalJoin.slug(form["name"] ?? "")
                let enterpriseID =
                    index.map { registry.partnerEnterprises[$0].id.rawValue }
                    ?? PortalJoin.unused(
                        "pent-\(city.rawValue)-\(slug)", taken: Set(all.partnerEnterprises.map(\.id.rawValue)))
                let contactIndex = index.flatMap { found in
                    registry.people.firstIndex { $0.id == registry.partnerEnterprises[found].contactPersonID }
                }
                let contactID =
                    contactIndex.map { registry.people[$0].id.rawValue }
                    ?? PortalJoin.unused("person-\(city.rawValue)-\(slug)", taken: Set(all.people.map(\.id.rawValue)))
                var values = Dictionary(
                    uniqueKeysWithValues: enterpriseFields.filter { !$0.hasPrefix("contact_") }.map {
                        ($0, form[$0] ?? "")
                    }
                )
                values["id"] = enterpriseID
                values["partner_city_id"] = city.rawValue
                values["contact_person_id"] = contactID
                let contactValues: [String: String] = [
                    "id": contactID, "full_name": form["contact_full_name"] ?? "", "email": form["contact_email"] ?? "",
                    "phone": form["contact_phone"] ?? "", "organisation_kind": "partner_enterprise",
                    "organisation_id": enterpriseID, "job_title": form["contact_job_title"] ?? "",
                    "languages": form["languages"] ?? "",
                ]
                let enterprise = RecordCheck.partnerEnterprise(
                    values, line: (index ?? registry.partnerEnterprises.count) + 2)
                let contact = RecordCheck.person(contactValues, line: (contactIndex ?? registry.people.count) + 2)
                var found = FieldProblems()
                if case .failure(let failure) = enterprise { found = problems(failure) }
                if case .failure(let failure) = contact {
                    for (field, text) in problems(failure).byField { found["contact_" + field] = text }
                }
                guard case .success(let firm) = enterprise, case .success(let person) = contact else {
                    return .failure(found)
                }
                let address = person.email.rawValue.lowercased()
                if registry.people.contains(where: { $0.id != person.id && $0.email.rawValue.lowercased() == address })
                {
                    var taken = FieldProblems()
                    taken["contact_email"] =
                        "people.csv:\((contactIndex ?? registry.people.count) + 2): field 'email' value '\(person.email)': "
                        + "the address is already used by another person in the registry; each person has their own"
                    return .failure(taken)
                }
                let changed =
                    index.map { registry.partnerEnterprises[$0] != firm } != false
                    || contactIndex.map { registry.people[$0] != person } != false
                if let index {
                    registry.partnerEnterprises[index] = firm
                } else {
                    registry.partnerEnterprises.append(firm)
                }
                if let contactIndex { registry.people[contactIndex] = person } else { registry.people.append(person) }
                return .success(
                    Edit(
                        record: firm, changed: changed, subject: "partner-enterprise:\(firm.id)",
                        detail: "\(city): \(firm.name), contact \(person.id)", id: firm.id.rawValue))
            })
    }

    /// What a form made of one of the city's records: the record, whether it differs from what was
    /// stored, and how the audit trail names it.
    struct Edit<Record: Sendable>: Sendable {
        var record: Record
        var changed: Bool
        var subject: String
        var detail: String
        var id: String
    }

    /// The one save path of the city's records: in one transaction, finds the record `id` among
    /// the city's own (`records`, `isOwn`; another city's is not found), lets `edit` check the form
    /// with the import's row rules and put the record into the registry, and writes the registry
    /// like an import (its history) with an audit entry; a refused form or an unchanged record
    /// writes nothing.
    static func save<Item, Record: Sendable>(
        _ kind: String, city: Identifier<PartnerCity>, id: String?, by actor: String, workspace: Workspace,
        now: Date, records: @escaping @Sendable (Registry) -> [Item],
        isOwn: @escaping @Sendable (Item) -> Bool,
        edit:
            @escaping @Sendable (_ registry: inout Registry, _ index: Int?, _ all: Registry) ->
            Result<Edit<Record>, FieldProblems>
    ) async throws(TwinLinkError) -> Result<Record, FieldProblems> where Item: Identifiable & Sendable {
        let path = workspace.databasePath
        return try await workspace.write { access in
            var registry = try Workspace.registry(in: access, databasePath: path)
            let items = records(registry)
            let index = try ownIndex(id, ids: items.map { "\($0.id)" }) { isOwn(items[$0]) }
            let all = try access.registry(includingRetired: true) ?? registry
            switch edit(&registry, index, all) {
            case .failure(let problems):
                return .failure(problems)
            case .success(let made):
                guard made.changed else { return .success(made.record) }
                _ = try access.apply(
                    registry, source: "partner portal: \(kind) \(made.id) of \(city) by \(actor)", at: now)
                try access.appendAudit(
                    AuditEntry(
                        at: now, actor: actor,
                        action: index == nil ? "portal-partner-\(kind)-add" : "portal-partner-\(kind)",
                        subject: made.subject, detail: made.detail))
                return .success(made.record)
            }
        }
    }

    /// The index of record `id` when it is the city's own (`isOwn`); `nil` for a new record; an id
    /// of another city's record, or none, is not found (the same answer, so ids cannot be probed).
    static func ownIndex(_ id: String?, ids: [String], isOwn: (Int) -> Bool) throws -> Int? {
        guard let id, !id.isEmpty else { return nil }
        guard let index = ids.firstIndex(of: id), isOwn(index) else {
            throw TwinLinkError.notFound("no record '\(id)' of your city")
        }
        return index
    }

    /// The import's messages by field (several for one field joined), each `FILE:LINE: field …`.
    static func problems(_ failure: ImportFailure) -> FieldProblems {
        var problems = FieldProblems()
        for issue in failure.issues {
            problems[issue.field] = problems[issue.field].map { "\($0); \(issue.description)" } ?? issue.description
        }
        return problems
    }
}
