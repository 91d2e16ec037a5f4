/// A delegate or contact: the personal data that the regulations protect.
public struct Person: Hashable, Sendable, Codable, Identifiable {
    public var id: Identifier<Person>
    public var fullName: String
    public var email: EmailAddress
    public var phone: String?
    public var organisation: Organisation
    public var jobTitle: String?
    public var languages: [LanguageCode]
    /// The language the person reads TwinLink in (`language` in `people.csv`); `nil` for the
    /// default (`ReaderLanguage.of`): the organisation's country's language that the programme
    /// offers when the person speaks it, else the first language they speak that the programme
    /// offers, else the programme's first language.
    public var language: LanguageCode?

    public init(
        id: Identifier<Person>, fullName: String, email: EmailAddress, phone: String? = nil,
        organisation: Organisation, jobTitle: String? = nil, languages: [LanguageCode] = [],
        language: LanguageCode? = nil
    ) {
        self.id = id
        self.fullName = fullName
        self.email = email
        self.phone = phone
        self.organisation = organisation
        self.jobTitle = jobTitle
        self.languages = languages
        self.language = language
    }
}

/// Whom a person works for.
public enum Organisation: Hashable, Sendable, Codable, CustomStringConvertible {
    case localEnterprise(Identifier<LocalEnterprise>)
    case partnerEnterprise(Identifier<PartnerEnterprise>)
    case partnerCity(Identifier<PartnerCity>)
    /// The coordinating unit itself.
    case programme

    /// The kind as written in `people.csv`.
    public var kind: Kind {
        switch self {
        case .localEnterprise: .sme
        case .partnerEnterprise: .partnerEnterprise
        case .partnerCity: .partnerCity
        case .programme: .programme
        }
    }

    /// The organisation's external id, `nil` for the programme.
    public var organisationID: String? {
        switch self {
        case .localEnterprise(let id): id.rawValue
        case .partnerEnterprise(let id): id.rawValue
        case .partnerCity(let id): id.rawValue
        case .programme: nil
        }
    }

    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case sme
        case partnerEnterprise = "partner_enterprise"
        case partnerCity = "partner_city"
        case programme
    }

    /// Rebuilds an organisation from its kind and id, as stored.
    public init?(kind: Kind, id: String?) {
        switch kind {
        case .programme:
            guard id == nil else { return nil }
            self = .programme
        case .sme:
            guard let id = id.flatMap(Identifier<LocalEnterprise>.init(rawValue:)) else { return nil }
            self = .localEnterprise(id)
        case .partnerEnterprise:
            guard let id = id.flatMap(Identifier<PartnerEnterprise>.init(rawValue:)) else { return nil }
            self = .partnerEnterprise(id)
        case .partnerCity:
            guard let id = id.flatMap(Identifier<PartnerCity>.init(rawValue:)) else { return nil }
            self = .partnerCity(id)
        }
    }

    public var description: String { organisationID.map { "\(kind.rawValue):\($0)" } ?? kind.rawValue }

    private enum CodingKeys: String, CodingKey { case kind, id }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(Kind.self, forKey: .kind)
        let id = try container.decodeIfPresent(String.self, forKey: .id)
        guard let organisation = Organisation(kind: kind, id: id) else {
            throw DecodingError.dataCorruptedError(forKey: .id, in: container, debugDescription: "invalid organisation")
        }
        self = organisation
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encodeIfPresent(organisationID, forKey: .id)
    }
}
