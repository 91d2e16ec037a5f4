import Foundation
import TwinLinkDomain
import TwinLinkLocalization

/// Turns domain values into the small views the templates show, in one reader's language: the
/// pieces every document shares (people, sectors, firms, partners, cities).
final class ViewFactory {
    let catalogue: StringCatalogue
    let format: ReaderFormat
    let ordering: NameOrdering
    private let people: [Identifier<Person>: Person]
    /// Lists of languages and sectors already formatted: the same few recur in every pack.
    private var languageLists: [[LanguageCode]: String] = [:]
    private var sectorLists: [[NACECode]: [SectorView]] = [:]
    private var formattedLists: [[String]: String] = [:]
    private var memo: [String: Any] = [:]

    init(catalogue: StringCatalogue, people: [Person]) {
        self.catalogue = catalogue
        self.format = ReaderFormat(catalogue)
        self.ordering = NameOrdering(locale: catalogue.locale)
        self.people = Dictionary(people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func text(_ key: String, _ values: [String: String] = [:]) -> String { catalogue.text(key, values) }

    /// What `make` returns, made once for `key` in this factory's life: for parts of documents that
    /// many documents made with one factory share (the same activity's facts, one firm's meetings
    /// for each of its delegates). The key must name everything the part depends on.
    func memoised<Value>(_ key: String, _ make: () -> Value) -> Value {
        if let known = memo[key] as? Value { return known }
        let value = make()
        memo[key] = value
        return value
    }

    /// `format.list`, remembered: the same few lists recur in every pack.
    func list(_ items: [String]) -> String {
        if let known = formattedLists[items] { return known }
        let list = format.list(items)
        formattedLists[items] = list
        return list
    }

    func counted(_ key: String, _ count: Int, _ values: [String: String] = [:]) -> String {
        catalogue.counted(key, count: count, values)
    }

    /// What the engine meant (a rule of the regulations), in the reader's language.
    func message(_ message: Message) -> String { catalogue.render(message, isolate: BidiIsolation.isolate) }

    /// An activity's title in the reader's language where the planner wrote it, else as written.
    func title(_ activity: Activity) -> String {
        activity.titleMessage.map(message) ?? activity.title
    }

    /// An agenda item in the reader's language where the planner wrote it, else as written.
    func title(_ item: AgendaItem) -> String {
        item.message.map(message) ?? item.title
    }

    /// `{name}` placeholders are filled with user-supplied values isolated for bidirectional text.
    func sentence(_ key: String, _ values: [String: String]) -> String {
        catalogue.text(key, values.mapValues(BidiIsolation.isolate))
    }

    func countedSentence(_ key: String, _ count: Int, _ values: [String: String]) -> String {
        catalogue.counted(key, count: count, values.mapValues(BidiIsolation.isolate))
    }

    func person(_ id: Identifier<Person>, organisation: String? = nil) -> PersonView? {
        people[id].map { person($0, organisation: organisation) }
    }

    func person(_ person: Person, organisation: String? = nil) -> PersonView {
        PersonView(
            name: person.fullName, jobTitle: person.jobTitle, organisation: organisation,
            email: person.email.rawValue, phone: person.phone,
            languages: person.languages.isEmpty ? nil : languages(person.languages))
    }

    /// The codes grouped by section, sections in the order of their first code (the main activity first).
    func sectors(_ codes: [NACECode]) -> [SectorView] {
        if let known = sectorLists[codes] { return known }
        var letters: [Character] = []
        var grouped: [Character: [NACECode]] = [:]
        for code in codes {
            let letter = code.section.letter
            if grouped[letter] == nil { letters.append(letter) }
            grouped[letter, default: []].append(code)
        }
        let views = letters.map { letter in
            let members = grouped[letter]!
            return SectorView(
                title: sectionTitle(members[0]), codes: members.map(\.rawValue).joined(separator: ", "))
        }
        sectorLists[codes] = views
        return views
    }

    func sectionTitle(_ code: NACECode) -> String {
        let key = "nace_\(code.section.letter)"
        return catalogue.shared.contains(key) ? catalogue.shared.text(key) : code.section.title
    }

    /// `NACE 62.01`.
    func code(_ code: NACECode) -> String { "NACE \(code.rawValue)" }

    func languages(_ codes: [LanguageCode]) -> String {
        if let known = languageLists[codes] { return known }
        let list = self.list(codes.map(format.language))
        languageLists[codes] = list
        return list
    }

    func sizeClass(_ sizeClass: SizeClass) -> String { text("size_\(sizeClass.rawValue)") }

    func matchLevel(_ level: SectorMatchLevel) -> String {
        switch level {
        case .class: text("match_level_class")
        case .group: text("match_level_group")
        case .division: text("match_level_division")
        case .section: text("match_level_section")
        }
    }

    /// Only web addresses become links; anything else (`javascript:`, a typo) is left out. A link
    /// holds no space, quote, angle bracket or backslash, so that the Markdown edition can show it
    /// as an autolink (`<https://…>`), inside which Markdown escapes do not work.
    func webLink(_ address: String?) -> String? {
        guard let address, address.hasPrefix("https://") || address.hasPrefix("http://"),
            !address.unicodeScalars.contains(where: {
                $0.properties.isWhitespace || $0.value < 0x20 || "<>\"'\\`".unicodeScalars.contains($0)
            })
        else { return nil }
        return address
    }

    func firm(
        _ enterprise: LocalEnterprise, links: [EnterpriseLink], delegates: [Person] = [],
        counterparts: [CounterpartView]? = nil, relevance: [String] = [], showAddress: Bool = false
    ) -> FirmView {
        FirmView(
            anchor: "firm-\(enterprise.id.rawValue)", name: enterprise.legalName,
            sizeClass: sizeClass(EnterpriseSize.assess(enterprise, links: links).sizeClass),
            sectors: sectors(enterprise.sectors),
            offer: enterprise.offer, needs: enterprise.cooperationNeeds, apprenticeships: enterprise.apprenticeships,
            languages: languages(enterprise.languages), founded: enterprise.founded.map(String.init),
            address: showAddress ? "\(enterprise.address), \(enterprise.postcode)" : nil,
            website: webLink(enterprise.website),
            contact: delegates.contains { $0.id == enterprise.contactPersonID }
                ? nil : person(enterprise.contactPersonID),
            delegates: delegates.map { person($0) }, showMatches: counterparts != nil, counterparts: counterparts ?? [],
            relevance: relevance)
    }

    func partner(_ partner: PartnerEnterprise, city: String, reasons: [String] = [], withContact: Bool = true)
        -> PartnerView
    {
        PartnerView(
            anchor: "partner-\(partner.id.rawValue)", name: partner.name, city: city,
            sectors: sectors(partner.sectors), offer: partner.offer, interests: partner.interests,
            interestSectors: sectors(partner.interestSectors), languages: languages(partner.languages),
            website: webLink(partner.website), contact: withContact ? person(partner.contactPersonID) : nil,
            reasons: reasons)
    }

    func city(_ city: PartnerCity) -> CityView {
        CityView(
            anchor: "city-\(city.id.rawValue)", name: city.name, country: format.country(city.country),
            languages: languages(city.languages), keySectors: sectors(city.keySectors),
            partnership: city.partnershipSince.map { text("partnership_since", ["year": String($0)]) },
            website: webLink(city.website), notes: city.notes,
            contact: person(city.contactPersonID, organisation: city.name))
    }

    /// The programme's staff, as contacts for questions and emergencies.
    func staff(_ people: [Person]) -> [PersonView] {
        people.filter { $0.organisation == .programme }.map { person($0) }
    }
}
