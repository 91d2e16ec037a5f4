/// The languages of the desk's pages (the fixtures' programme: English and Polish).
public enum Language: String, Sendable, CaseIterable {
    case english = "en"
    case polish = "pl"

    /// Its own name, for the language switch.
    var name: String {
        switch self {
        case .english: "English"
        case .polish: "Polski"
        }
    }
}
