public import TwinLinkLocalization

/// Message arguments from the domain's values.
extension Message.Argument {
    /// An amount with its currency, as the reader's locale writes money.
    public static func money(_ amount: Money) -> Message.Argument {
        .money(cents: amount.cents, currency: amount.currency.rawValue)
    }

    /// A calendar day, as the reader's locale writes it.
    public static func day(_ date: LocalDate) -> Message.Argument {
        .day(year: date.year, month: date.month, day: date.day)
    }

    /// An optional part of a sentence: the message, or nothing.
    public static func optional(_ message: Message?) -> Message.Argument {
        message.map { .message($0) } ?? .verbatim("")
    }
}

extension Activity {
    /// The planner's notes in `words`' language (as written for notes from before messages).
    public func notes(in words: MessageRenderer) -> [String] {
        noteMessages.isEmpty ? notes : noteMessages.map { words.render($0) }
    }
}
