/// Whom to call when something goes wrong.
struct EmergencyView: TemplateView {
    let number: String
    let contacts: [PersonView]
    let organiser: String

    func boxed(_ box: TemplateBoxer) -> [String: TemplateValue] {
        box.fields([
            "number": box(number),
            "contacts": box(contacts),
            "organiser": box(organiser),
        ])
    }
}
