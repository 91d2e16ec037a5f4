import Foundation
import Hummingbird
import TwinLinkApp
import TwinLinkDomain
import TwinLinkLocalization

extension RouteTable {
    /// A delegation of local firms coming to the partner city: its dates, programme and visiting
    /// firms. Only the city's own delegations: another city's visit answers 404 as an unknown id.
    mutating func addPartnerAgendaRoutes() {
        let desk = desk
        get("/partner/delegations/:id", .partner) { request, context, _ in
            let city = try desk.partnerCity(context)
            let now = desk.now(try await desk.registryIfAny())
            // Another city's visit is not found (404), as an unknown id.
            let delegation = try await PortalPartnerAgendas.delegation(
                context.parameters.get("id") ?? "", of: city, workspace: desk.workspace, now: now)
            return desk.respond(desk.delegationPage(delegation, context), request, context)
        }
    }
}

extension Desk {
    /// The partner page's sections: the delegations coming to the city and its enterprises' 1:1 agendas.
    func partnerAgendaSections(_ agendas: PortalPartnerAgendas.Agendas, _ context: WebContext) -> [Section] {
        [
            Section(
                heading: p("incoming_heading", context),
                paragraphs: [p(agendas.delegations.isEmpty ? "incoming_none" : "incoming_explain", context)],
                table: agendas.delegations.isEmpty
                    ? nil
                    : Table(
                        headers: [
                            p("incoming_visit", context), p("incoming_dates", context), p("incoming_firms", context),
                        ],
                        rows: agendas.delegations.map { delegation in
                            [
                                Cell(
                                    title(delegation.visit, context),
                                    href: "/partner/delegations/\(delegation.visit.id.rawValue)"),
                                Cell(dates(delegation.visit)),
                                Cell("\(delegation.firms.count + delegation.unpublished)"),
                            ]
                        }), id: "delegations"),
            Section(
                heading: p("city_agenda", context),
                paragraphs: agendas.meetings.isEmpty ? [p("city_agenda_empty", context)] : [],
                table: agendas.meetings.isEmpty
                    ? nil
                    : Table(
                        headers: [
                            p("starts", context), p("event", context), p("table", context),
                            p("city_enterprise", context),
                            p("local_firm", context), p("contact", context),
                        ],
                        rows: agendas.meetings.map { entry in
                            [
                                Cell(Show.local(entry.meeting.start, entry.meeting.start.zone)),
                                Cell(entry.event?.name ?? entry.request.eventID.rawValue), Cell(entry.meeting.table),
                                Cell(entry.partner.name),
                                Cell(entry.firm?.legalName ?? p("unpublished_firm", context)),
                                Cell(contact(entry.contact, context)),
                            ]
                        }), id: "city-agenda"),
        ]
    }

    /// One delegation: dates, programme, the visiting firms' published profiles.
    func delegationPage(_ delegation: PortalPartnerAgendas.Delegation, _ context: WebContext) -> Page {
        var page = Page(title: title(delegation.visit, context))
        let zone = delegation.visit.start.zone
        var paragraphs = [p("incoming_when", context, dates(delegation.visit), delegation.event.name)]
        if delegation.provisional { paragraphs.append(p("incoming_provisional", context)) }
        page.sections.append(Section(paragraphs: paragraphs, id: "delegation"))
        page.sections.append(
            Section(
                heading: p("incoming_programme", context),
                paragraphs: delegation.visit.agenda.isEmpty ? [p("incoming_programme_none", context)] : [],
                table: delegation.visit.agenda.isEmpty
                    ? nil
                    : Table(
                        headers: [p("starts", context), p("incoming_item", context)],
                        rows: delegation.visit.agenda.map { item in
                            [
                                Cell(Show.local(item.start, zone)),
                                Cell(item.message.map { words(context).render($0) } ?? item.title),
                            ]
                        }), id: "programme"))
        var firmParagraphs: [String] = []
        if delegation.firms.isEmpty && delegation.unpublished == 0 {
            firmParagraphs.append(p("incoming_firms_none", context))
        }
        if delegation.unpublished > 0 {
            firmParagraphs.append(p("incoming_unpublished", context, delegation.unpublished))
        }
        page.sections.append(
            Section(
                heading: p("incoming_firms", context), paragraphs: firmParagraphs,
                table: delegation.firms.isEmpty
                    ? nil
                    : Table(
                        headers: [
                            p("local_firm", context), p("nace", context), p("offer", context), p("website", context),
                            p("contact", context),
                        ],
                        rows: delegation.firms.map { visiting in
                            [
                                Cell(visiting.firm.legalName),
                                Cell(visiting.firm.sectors.map(\.rawValue).joined(separator: "; ")),
                                Cell(visiting.firm.offer), Cell(visiting.firm.website ?? ""),
                                Cell(contact(visiting.contact, context)),
                            ]
                        }), id: "visiting-firms"))
        page.sections.append(Section(links: [Link(href: "/partner", label: p("back_partner", context))]))
        return page
    }

    /// `2027-05-12 – 2027-05-14`: a visit's first and last day.
    private func dates(_ visit: Activity) -> String {
        let first = LocalDate(visit.start.instant, in: visit.start.zone.timeZone)
        let last = LocalDate(visit.end.instant.addingTimeInterval(-1), in: visit.end.zone.timeZone)
        return first == last ? first.iso : "\(first.iso) – \(last.iso)"
    }

    /// A contact person as shown only under the access rule; otherwise when it will be shown.
    private func contact(_ person: Person?, _ context: WebContext) -> String {
        person.map { "\($0.fullName) <\($0.email)>" + ($0.phone.map { ", \($0)" } ?? "") }
            ?? p("contact_hidden", context)
    }
}
