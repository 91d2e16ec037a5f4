/// A counterpart matched with a firm, and why.
struct CounterpartView: TemplateView {
    let anchor: String
    let name: String
    let city: String
    let reasons: [String]

    func boxed(_ box: TemplateBoxer) -> [String: TemplateValue] {
        box.fields([
            "anchor": box(anchor),
            "name": box(name),
            "city": box(city),
            "reasons": box(reasons),
        ])
    }
}
