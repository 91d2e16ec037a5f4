/// The official languages of a country, the most widely used first, as ISO 639-1 codes: how
/// TwinLink picks a person's reading language when `people.csv` does not name one. Foundation's
/// locale data has no mapping from a region to its languages, so it is kept here, for the
/// countries of the European Union, its neighbours and the partners the fixtures use.
public enum CountryLanguages {
    public static func official(_ country: String) -> [String] {
        table[country.uppercased()] ?? []
    }

    private static let table: [String: [String]] = [
        "AT": ["de"], "BE": ["nl", "fr", "de"], "BG": ["bg"], "CH": ["de", "fr", "it"], "CY": ["el", "tr"],
        "CZ": ["cs"], "DE": ["de"], "DK": ["da"], "EE": ["et"], "ES": ["es"], "FI": ["fi", "sv"],
        "FR": ["fr"], "GB": ["en"], "GR": ["el"], "HR": ["hr"], "HU": ["hu"], "IE": ["en", "ga"],
        "IT": ["it"], "JP": ["ja"], "LI": ["de"], "LT": ["lt"], "LU": ["lb", "fr", "de"], "LV": ["lv"],
        "MD": ["ro"], "MT": ["mt", "en"], "NL": ["nl"], "NO": ["nb"], "PL": ["pl"], "PT": ["pt"], "RO": ["ro"],
        "RS": ["sr"], "SE": ["sv"], "SI": ["sl"], "SK": ["sk"], "UA": ["uk"], "US": ["en"],
    ]
}
