/// A local SME's profile: what it does, what it seeks, and whom to talk to.
struct FirmView: TemplateView {
    /// The HTML anchor of the profile (`firm-<id>`).
    let anchor: String
    let name: String
    let sizeClass: String
    let sectors: [SectorView]
    let offer: String
    let needs: String?
    let apprenticeships: String?
    let languages: String
    let founded: String?
    let address: String?
    let website: String?
    let contact: PersonView?
    let delegates: [PersonView]
    /// Whether the profile lists its matched counterparts (the briefing pack) or not (the catalogue).
    let showMatches: Bool
    let counterparts: [CounterpartView]
    /// Why the firm is in a document for a partner city, one sentence each.
    let relevance: [String]

    func boxed(_ box: TemplateBoxer) -> [String: TemplateValue] {
        box.fields([
            "anchor": box(anchor),
            "name": box(name),
            "sizeClass": box(sizeClass),
            "sectors": box(sectors),
            "offer": box(offer),
            "needs": box(needs),
            "apprenticeships": box(apprenticeships),
            "languages": box(languages),
            "founded": box(founded),
            "address": box(address),
            "website": box(website),
            "contact": box(contact),
            "delegates": box(delegates),
            "showMatches": box(showMatches),
            "counterparts": box(counterparts),
            "relevance": box(relevance),
        ])
    }
}
