/// What every document shows around its content: language, title, who made it and when.
struct PageView: TemplateView {
    /// The BCP 47 language tag of the fixed texts, for `<html lang>`.
    let lang: String
    let title: String
    let subtitle: String?
    let audience: String?
    let programme: String
    let coordinatingUnit: String
    let prepared: String

    func boxed(_ box: TemplateBoxer) -> [String: TemplateValue] {
        box.fields([
            "lang": box(lang),
            "title": box(title),
            "subtitle": box(subtitle),
            "audience": box(audience),
            "programme": box(programme),
            "coordinatingUnit": box(coordinatingUnit),
            "prepared": box(prepared),
        ])
    }
}
