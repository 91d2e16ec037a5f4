/// One activity a delegate is invited to.
struct InviteView: TemplateView {
    let kind: String
    let title: String
    let when: String
    let joinURL: String?

    func boxed(_ box: TemplateBoxer) -> [String: TemplateValue] {
        box.fields([
            "kind": box(kind),
            "title": box(title),
            "when": box(when),
            "joinURL": box(joinURL),
        ])
    }
}
