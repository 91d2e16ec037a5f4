import Mustache

/// The catalogue as templates see it: `{{t.agenda_title}}` looks the key up in the reader's
/// language, falling back to English. A class, so that the values a view boxes into stay small
/// (a catalogue is a large struct, and every dictionary of a view holds the texts).
final class TemplateTexts: MustacheParent, Sendable {
    let catalogue: StringCatalogue

    init(catalogue: StringCatalogue) { self.catalogue = catalogue }

    func child(named name: String) -> Any? {
        catalogue.contains(name) ? catalogue.text(name) : nil
    }
}
