/// The information material for one partner city, as the templates see it.
struct InformationMaterialView: DocumentView {
    struct Entry: TemplateView {
        let anchor: String
        let name: String

        func boxed(_ box: TemplateBoxer) -> [String: TemplateValue] {
            box.fields([
                "anchor": box(anchor),
                "name": box(name),
            ])
        }
    }

    let t: TemplateTexts
    let page: PageView
    let city: CityView
    let greeting: String
    let intro: String
    let summary: String
    let contents: [Entry]
    let firms: [FirmView]
    let contacts: [PersonView]

    func boxed(_ box: TemplateBoxer) -> [String: TemplateValue] {
        box.fields([
            "t": box(t),
            "page": box(page),
            "city": box(city),
            "greeting": box(greeting),
            "intro": box(intro),
            "summary": box(summary),
            "contents": box(contents),
            "firms": box(firms),
            "contacts": box(contacts),
        ])
    }
}
