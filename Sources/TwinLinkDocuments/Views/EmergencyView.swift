/// Whom to call when something goes wrong.
struct EmergencyView: TemplateView {
    let number: String
    let contacts: [PersonView]
    let organiser: String

    func boxed(_ box: TemplateBoxer) -> [String: Any] {
        box.fields([
            "number": box(number),
            "contacts": box(contacts),
            "organiser": box(organiser),
        ])
    }
}
