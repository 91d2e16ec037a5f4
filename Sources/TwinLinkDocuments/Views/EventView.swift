/// The event an activity is planned around, and why it matters.
struct EventView: TemplateView {
    let name: String
    let kind: String
    let host: String
    let dates: String
    let description: String?
    let why: [String]
    let source: String?

    func boxed(_ box: TemplateBoxer) -> [String: TemplateValue] {
        box.fields([
            "name": box(name),
            "kind": box(kind),
            "host": box(host),
            "dates": box(dates),
            "description": box(description),
            "why": box(why),
            "source": box(source),
        ])
    }
}
