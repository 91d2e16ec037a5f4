/// A partner city's profile and contact.
struct CityView: TemplateView {
    let anchor: String
    let name: String
    let country: String
    let languages: String
    let keySectors: [SectorView]
    let partnership: String?
    let website: String?
    let notes: String?
    let contact: PersonView?

    func boxed(_ box: TemplateBoxer) -> [String: TemplateValue] {
        box.fields([
            "anchor": box(anchor),
            "name": box(name),
            "country": box(country),
            "languages": box(languages),
            "keySectors": box(keySectors),
            "partnership": box(partnership),
            "website": box(website),
            "notes": box(notes),
            "contact": box(contact),
        ])
    }
}
