/// A label and its value, such as "Venue: Historischer Rathaussaal".
struct LabelledValue: TemplateView {
    let label: String
    let value: String

    func boxed(_ box: TemplateBoxer) -> [String: TemplateValue] {
        box.fields([
            "label": box(label),
            "value": box(value),
        ])
    }
}
