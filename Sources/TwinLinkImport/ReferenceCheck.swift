import TwinLinkDomain

/// Checks the references between registry files: every id points at a record that exists, and
/// at the right one (a firm's contact works for that firm). Ids whose own row was rejected are
/// known to exist and are not reported again; nor are references into a file that could not be
/// read at all.
struct ReferenceCheck {
    let log: IssueLog
    let fileName: (String) -> String
    /// Registry files that are not in the folder; a reference into one is reported once, as the
    /// file missing, instead of once per row.
    var absentFiles: Set<String> = []
    let people: [Sourced<Person>]
    let peopleIDs: Set<String>?
    let cities: [Sourced<PartnerCity>]
    let cityIDs: Set<String>?
    let enterprises: [Sourced<LocalEnterprise>]
    let enterpriseIDs: Set<String>?
    let links: [Sourced<EnterpriseLink>]
    let partners: [Sourced<PartnerEnterprise>]
    let partnerIDs: Set<String>?
    let events: [Sourced<MutualEvent>]
    let eventIDs: Set<String>?
    let applications: [Sourced<Application>]
    let requests: [Sourced<MeetingRequest>]

    func run() {
        let organisationOf = Dictionary(
            uniqueKeysWithValues: people.map { ($0.value.id.rawValue, $0.value.organisation) })
        checkPeople()
        for city in cities {
            contact(
                city.value.contactPersonID, of: .partnerCity(city.value.id), in: TableSchema.partnerCities,
                line: city.line,
                organisations: organisationOf)
        }
        for firm in enterprises {
            contact(
                firm.value.contactPersonID, of: .localEnterprise(firm.value.id), in: TableSchema.enterprises,
                line: firm.line, organisations: organisationOf)
        }
        for link in links {
            exists(
                link.value.enterpriseID.rawValue, in: enterpriseIDs, "smes.csv", TableSchema.enterpriseLinks, link.line,
                "sme_id")
        }
        for partner in partners {
            exists(
                partner.value.partnerCityID.rawValue, in: cityIDs, "partner_cities.csv", TableSchema.partnerEnterprises,
                partner.line, "partner_city_id")
            contact(
                partner.value.contactPersonID, of: .partnerEnterprise(partner.value.id),
                in: TableSchema.partnerEnterprises,
                line: partner.line, organisations: organisationOf)
        }
        for event in events {
            for city in event.value.invitedPartnerCityIDs {
                exists(
                    city.rawValue, in: cityIDs, "partner_cities.csv", TableSchema.events, event.line, "partner_city_ids"
                )
            }
        }
        checkApplications(organisations: organisationOf)
        checkRequests()
        for (target, references) in missingTargets.references.sorted(by: { $0.key < $1.key }) {
            let first = references[0]
            let others = references.count == 1 ? "" : " and \(references.count - 1) more rows"
            log.report(
                fileName(target), 0, field: "(file)", value: target,
                "the file is missing, but \(first.file) line \(first.line) (field '\(first.field)')\(others) refer to "
                    + "its records; add the file (\(TableSchema.fileList))")
        }
    }

    /// References into files that are absent, by file.
    final class MissingTargets {
        var references: [String: [(file: String, line: Int, field: String)]] = [:]
    }

    let missingTargets = MissingTargets()

    private func checkPeople() {
        var emails: [String: Int] = [:]
        for person in people {
            let file = TableSchema.people
            switch person.value.organisation {
            case .localEnterprise(let id):
                exists(id.rawValue, in: enterpriseIDs, "smes.csv", file, person.line, "organisation_id")
            case .partnerEnterprise(let id):
                exists(id.rawValue, in: partnerIDs, "partner_enterprises.csv", file, person.line, "organisation_id")
            case .partnerCity(let id):
                exists(id.rawValue, in: cityIDs, "partner_cities.csv", file, person.line, "organisation_id")
            case .programme:
                break
            }
            let email = person.value.email.rawValue.lowercased()
            if let first = emails[email] {
                log.report(
                    fileName(file.fileName), person.line, field: "email", value: person.value.email.rawValue,
                    "the e-mail address is already used by the person on line \(first); every person needs their own")
            } else {
                emails[email] = person.line
            }
        }
    }

    private func checkApplications(organisations: [String: Organisation]) {
        var seen: [String: Int] = [:]
        let file = TableSchema.applications
        for application in applications {
            let value = application.value
            exists(value.eventID.rawValue, in: eventIDs, "events.csv", file, application.line, "event_id")
            exists(value.enterpriseID.rawValue, in: enterpriseIDs, "smes.csv", file, application.line, "sme_id")
            for delegate in value.delegateIDs {
                guard
                    exists(
                        delegate.rawValue, in: peopleIDs, "people.csv", file, application.line, "delegate_person_ids"),
                    let organisation = organisations[delegate.rawValue]
                else { continue }
                if organisation != .localEnterprise(value.enterpriseID) {
                    log.report(
                        fileName(file.fileName), application.line, field: "delegate_person_ids",
                        value: delegate.rawValue,
                        "this person works for \(organisation), not for the applicant sme:\(value.enterpriseID); "
                            + "delegates must be people of the applying firm")
                }
            }
            let key = "\(value.enterpriseID.rawValue)|\(value.eventID.rawValue)"
            if let first = seen[key] {
                log.report(
                    fileName(file.fileName), application.line, field: "sme_id", value: value.enterpriseID.rawValue,
                    "this firm already applied to event '\(value.eventID)' on line \(first); one application per firm and event"
                )
            } else {
                seen[key] = application.line
            }
        }
    }

    private func checkRequests() {
        var seen: [String: Int] = [:]
        let file = TableSchema.meetingRequests
        for request in requests {
            let value = request.value
            exists(value.eventID.rawValue, in: eventIDs, "events.csv", file, request.line, "event_id")
            exists(value.enterpriseID.rawValue, in: enterpriseIDs, "smes.csv", file, request.line, "sme_id")
            exists(
                value.partnerEnterpriseID.rawValue, in: partnerIDs, "partner_enterprises.csv", file, request.line,
                "partner_enterprise_id")
            let key = "\(value.enterpriseID)|\(value.partnerEnterpriseID)|\(value.eventID)"
            if let first = seen[key] {
                log.report(
                    fileName(file.fileName), request.line, field: "partner_enterprise_id",
                    value: value.partnerEnterpriseID.rawValue,
                    "the same firms already have a request for this event on line \(first); one request per pair and event"
                )
            } else {
                seen[key] = request.line
            }
        }
    }

    /// A contact person must exist and work for the organisation that names them.
    private func contact(
        _ person: Identifier<Person>, of organisation: Organisation, in schema: TableSchema, line: Int,
        organisations: [String: Organisation]
    ) {
        guard exists(person.rawValue, in: peopleIDs, "people.csv", schema, line, "contact_person_id"),
            let actual = organisations[person.rawValue], actual != organisation
        else { return }
        log.report(
            fileName(schema.fileName), line, field: "contact_person_id", value: person.rawValue,
            "this person works for \(actual) in people.csv, not for \(organisation)")
    }

    @discardableResult
    private func exists(
        _ id: String, in ids: Set<String>?, _ target: String, _ schema: TableSchema, _ line: Int, _ field: String
    ) -> Bool {
        guard let ids else {
            if absentFiles.contains(target) {
                missingTargets.references[target, default: []].append((schema.fileName, line, field))
            }
            return false  // the target file was absent or unreadable: reported once
        }
        if ids.contains(id) { return true }
        log.report(fileName(schema.fileName), line, field: field, value: id, "no record with this id in \(target)")
        return false
    }
}
