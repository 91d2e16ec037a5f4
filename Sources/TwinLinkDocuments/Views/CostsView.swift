/// The self-paid costs per delegate and what the city pays for.
struct CostsView: TemplateView {
    let items: [LabelledValue]
    let perDelegate: String?
    let total: String?
    let cityPays: [String]

    func boxed(_ box: TemplateBoxer) -> [String: TemplateValue] {
        box.fields([
            "items": box(items),
            "perDelegate": box(perDelegate),
            "total": box(total),
            "cityPays": box(cityPays),
        ])
    }
}
