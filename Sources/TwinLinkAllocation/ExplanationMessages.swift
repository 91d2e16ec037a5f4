public import TwinLinkDomain
public import TwinLinkLocalization

/// The pieces the allocation's sentences are made of, as messages (`alloc_*` keys of the shared
/// catalogues), so that each reader gets them in their own language; the English text the store
/// keeps beside each message is its English rendering (`AllocationEnglish`).

extension Message {
    /// `first second`: two sentences in a row.
    static func sentences(_ first: Message, _ second: Message?) -> Message {
        guard let second else { return first }
        return Message("alloc_two_sentences", ["first": .message(first), "second": .message(second)])
    }

    /// `3 seats`.
    public static func seats(_ count: Int) -> Message { Message("alloc_seats", count: count) }

    /// `a, b or c`.
    static func alternatives(_ items: [Message]) -> Message.Argument {
        guard let last = items.last else { return .verbatim("") }
        guard items.count > 1 else { return .message(last) }
        var head: Message.Argument = .message(items[0])
        for item in items.dropFirst().dropLast() {
            head = .message(Message("alloc_comma", ["a": head, "b": .message(item)]))
        }
        return .message(Message("alloc_or", ["a": head, "b": .message(last)]))
    }
}

extension SizeClass {
    /// `a small enterprise`.
    public var enterpriseMessage: Message { Message("alloc_enterprise_\(rawValue)") }
    /// `small`, agreeing with "firms"/"enterprises" in the plural.
    var pluralAdjective: Message { Message("alloc_class_\(rawValue)") }
}

extension EnterpriseSize {
    /// `250 staff, turnover €38,000,000.00, balance sheet €29,000,000.00`.
    public var figuresMessage: Message {
        let scale = EnterpriseFigures.scale
        return Message(
            "alloc_figures",
            [
                "staff": .quantity(scaled: figures.staff, places: 4),
                "turnover": .money(cents: figures.turnover / scale, currency: "EUR"),
                "balance": .money(cents: figures.balanceSheet / scale, currency: "EUR"),
            ])
    }
}

extension CostRules {
    /// `€1,030.00 per delegate (travel €450.00, accommodation €480.00, fees €100.00)`.
    public var summaryMessage: Message {
        Message(
            "alloc_costs_summary",
            [
                "total": .money(perDelegate), "travel": .money(travel), "accommodation": .money(accommodation),
                "fees": .money(fees),
            ])
    }
}

extension FirmSelector {
    /// `micro firms`, `firms in division 10 or division 11`, `small and medium-sized firms in section J`.
    public var message: Message {
        let classes =
            sizeClasses.map {
                Message("alloc_firms_of_classes", ["classes": .list($0.map { .message($0.pluralAdjective) })])
            } ?? Message("alloc_firms")
        guard let sectors else { return classes }
        let codes = sectors.map { code in
            let level =
                switch code.rawValue.count {
                case 1: "section"
                case 2: "division"
                case 4: "group"
                default: "class"
                }
            return Message("alloc_nace_\(level)", ["code": .verbatim(code.rawValue)])
        }
        return Message("alloc_firms_in", ["firms": .message(classes), "codes": Message.alternatives(codes)])
    }
}

// What a reader reads of the engine's texts, in the renderer's language; the English text for
// versions stored before messages.
extension ApplicationDecision {
    /// The sentence for the firm in `words`' language.
    public func explanation(in words: MessageRenderer) -> String { message.map { words.render($0) } ?? explanation }
}

extension CheckFailure {
    public func sentence(in words: MessageRenderer) -> String { message.map { words.render($0) } ?? sentence }
}

extension AllocationVersion {
    /// The version's notes for the coordinator.
    public func notes(in words: MessageRenderer) -> [String] {
        noteMessages.isEmpty ? notes : noteMessages.map { words.render($0) }
    }
}

extension PriorityScore {
    /// `+20 sector 62.01 …; +10 newcomer … = 30`, or why there is none.
    public func text(in words: MessageRenderer) -> String {
        guard !components.isEmpty else { return words.render(Message("explain_score_none")) }
        return components.map { component in
            let label = component.message.map { words.render($0) } ?? component.label
            return "\(component.points >= 0 ? "+" : "−")\(abs(component.points)) \(label)"
        }.joined(separator: "; ") + " = \(total)"
    }
}

extension AllocationDecision.Outcome {
    /// `accepted (2 seats)`, `waitlisted (rank 3)`, `rejected`.
    public var message: Message {
        switch self {
        case .accepted(let seats): Message("explain_outcome_accepted", ["seats": .message(.seats(seats))])
        case .waitlisted(let rank): Message("explain_outcome_waitlisted", ["rank": .number(rank)])
        case .rejected: Message("explain_outcome_rejected")
        }
    }
}
