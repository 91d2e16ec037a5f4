/// A partner enterprise's profile, with the local firms it was matched with.
struct PartnerView: TemplateView {
    /// The HTML anchor of the profile (`partner-<id>`).
    let anchor: String
    let name: String
    let city: String
    let sectors: [SectorView]
    let offer: String
    let interests: String?
    let interestSectors: [SectorView]
    let languages: String
    let website: String?
    let contact: PersonView?
    /// Why the reader should meet it, one sentence each.
    let reasons: [String]

    func boxed(_ box: TemplateBoxer) -> [String: TemplateValue] {
        box.fields([
            "anchor": box(anchor),
            "name": box(name),
            "city": box(city),
            "sectors": box(sectors),
            "offer": box(offer),
            "interests": box(interests),
            "interestSectors": box(interestSectors),
            "languages": box(languages),
            "website": box(website),
            "contact": box(contact),
            "reasons": box(reasons),
        ])
    }
}
