/// NACE codes of one section with the section's title in the reader's language:
/// `Manufacturing (28.99, 27.12)`.
struct SectorView: TemplateView {
    let title: String
    let codes: String

    func boxed(_ box: TemplateBoxer) -> [String: TemplateValue] {
        box.fields([
            "title": box(title),
            "codes": box(codes),
        ])
    }
}
