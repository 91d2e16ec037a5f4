import TwinLinkDomain
import TwinLinkLocalization

/// Builds the information material for a partner city: the listed firms, most relevant to the
/// city's key sectors first.
struct InformationMaterialBuilder {
    let input: InformationMaterialInput

    /// The firms the material lists, with the sort key of their relevance to the city.
    func listedFirms() -> [(enterprise: LocalEnterprise, links: [EnterpriseLink], best: Int, matched: Int)] {
        let links = Dictionary(grouping: input.enterpriseLinks, by: \.enterpriseID)
        return input.enterprises.compactMap { enterprise in
            let own = links[enterprise.id] ?? []
            guard InformationMaterialEligibility.isListed(enterprise, links: own, home: input.programme.homeCity)
            else { return nil }
            let best = SectorMatch.best(enterprise.sectors, input.partnerCity.keySectors)?.level.rawValue ?? 0
            let matched = SectorMatch.all(enterprise.sectors, input.partnerCity.keySectors).count
            return (enterprise, own, best, matched)
        }
    }

    func view(views: ViewFactory) -> InformationMaterialView {
        let reasons = ReasonWriter(views: views)
        let city = input.partnerCity
        let ordered = listedFirms().sorted { lhs, rhs in
            if lhs.best != rhs.best { return lhs.best > rhs.best }
            if lhs.matched != rhs.matched { return lhs.matched > rhs.matched }
            return views.ordering.precedes(
                lhs.enterprise.legalName, rhs.enterprise.legalName,
                tieBreak: (lhs.enterprise.id.rawValue, rhs.enterprise.id.rawValue))
        }
        let firms = ordered.map { item in
            views.firm(
                item.enterprise, links: item.links,
                relevance: reasons.keySectorReasons(item.enterprise, city: city), showAddress: true)
        }
        let relevant = ordered.filter { $0.matched > 0 }.count
        let home = input.programme.homeCity.name
        return InformationMaterialView(
            t: TemplateTexts(catalogue: views.catalogue),
            page: PageView(
                lang: views.catalogue.language.rawValue,
                title: views.sentence("info_title", ["home": home]),
                subtitle: views.sentence("info_subtitle", ["city": city.name]),
                audience: views.sentence("info_audience", ["city": city.name]), programme: input.programme.name,
                coordinatingUnit: input.programme.coordinatingUnit,
                prepared: views.sentence(
                    "prepared_on",
                    [
                        "date": views.format.date(input.preparedOn, .plain),
                        "unit": input.programme.coordinatingUnit,
                    ])),
            city: views.city(city),
            greeting: views.sentence("greeting", ["name": input.cityContact.fullName]),
            intro: views.sentence("info_intro", ["home": home, "city": city.name]),
            summary: views.countedSentence(
                "info_summary", firms.count,
                ["relevant": views.counted("count_relevant", relevant), "city": city.name]),
            contents: firms.map { InformationMaterialView.Entry(anchor: $0.anchor, name: $0.name) }, firms: firms,
            contacts: views.staff(input.contacts))
    }
}
