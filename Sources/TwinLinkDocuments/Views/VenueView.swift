/// Where an activity takes place.
struct VenueView: TemplateView {
    let name: String
    let address: String
    /// `49.4543, 11.0775`: decimal degrees, as map apps take them.
    let coordinates: String?
    /// A `geo:` link that opens the place in the reader's map app.
    let geoLink: String?

    func boxed(_ box: TemplateBoxer) -> [String: TemplateValue] {
        box.fields([
            "name": box(name),
            "address": box(address),
            "coordinates": box(coordinates),
            "geoLink": box(geoLink),
        ])
    }
}
