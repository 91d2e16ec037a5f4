import Foundation

/// A sentence a module means, as a catalogue key with typed arguments, rendered in each reader's
/// language by `MessageRenderer`: the module never writes the words itself, and nothing has to be
/// read back from English. Names and ids go in as written (`.verbatim`); numbers, days and amounts
/// are formatted as the reader's locale writes them; a part of the sentence that is itself a
/// sentence (a reason) is a nested message in the same language. Codable, so that the registry can
/// keep what the engine meant (an activity's title, an agenda item) beside the English text.
public struct Message: Hashable, Sendable, Codable {
    public indirect enum Argument: Hashable, Sendable, Codable {
        /// Shown as written: a name, an id, an ISO date quoted from a record.
        case verbatim(String)
        /// A whole number, in the locale's digits and groups.
        case number(Int)
        /// A figure given in units of `10^-places` (`95000` with 4 places is 9.5), with the decimals it
        /// needs (none for a whole number) and the locale's separators: a staff headcount in annual
        /// work units.
        case quantity(scaled: Int64, places: Int)
        /// A calendar day, in the locale's plain long form (`4 May 2027`, `4. května 2027`).
        case day(year: Int, month: Int, day: Int)
        /// An amount in minor units with its ISO 4217 currency, as the locale writes money.
        case money(cents: Int64, currency: String)
        /// A nested message, rendered in the same language.
        case message(Message)
        /// Items joined as the locale joins a list (`a, b and c`).
        case list([Argument])
    }

    public var key: String
    public var arguments: [String: Argument]
    /// Chooses the plural form of a counted entry; `{count}` shows it unless an argument sets it.
    public var count: Int?

    public init(_ key: String, _ arguments: [String: Argument] = [:], count: Int? = nil) {
        self.key = key
        self.arguments = arguments
        self.count = count
    }
}

/// Renders messages in one language: the catalogue's texts with the locale's formats.
public struct MessageRenderer {
    public let catalogue: Catalogue
    public let format: LocaleFormat

    public init(catalogue: Catalogue, format: LocaleFormat) {
        self.catalogue = catalogue
        self.format = format
    }

    public init(_ catalogue: Catalogue) {
        self.init(catalogue: catalogue, format: LocaleFormat(catalogue))
    }

    /// The message in this language.
    public func render(_ message: Message) -> String {
        var values = message.arguments.mapValues(render)
        guard let count = message.count else { return catalogue.text(message.key, values) }
        if values["count"] == nil { values["count"] = format.number(count) }
        return catalogue.counted(message.key, count: count, values)
    }

    /// One argument in this language.
    public func render(_ argument: Message.Argument) -> String {
        switch argument {
        case .verbatim(let text): text
        case .number(let value): format.number(value)
        case .quantity(let scaled, let places): format.quantity(scaled, places: places)
        case .day(let year, let month, let day): format.date(year: year, month: month, day: day, .plain)
        case .money(let cents, let currency): format.money(cents: cents, currency: currency)
        case .message(let message): render(message)
        case .list(let items): format.list(items.map(render))
        }
    }
}
