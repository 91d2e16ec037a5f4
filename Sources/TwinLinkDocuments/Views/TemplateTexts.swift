import Mustache

/// The catalogue as templates see it: `{{t.agenda_title}}` looks the key up in the reader's
/// language, falling back to English.
struct TemplateTexts: MustacheParent {
    let catalogue: StringCatalogue

    func child(named name: String) -> Any? {
        catalogue.contains(name) ? catalogue.text(name) : nil
    }
}
