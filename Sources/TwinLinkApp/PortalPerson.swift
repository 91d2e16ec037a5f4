public import TwinLinkDomain
public import TwinLinkStore

/// The registry person behind a portal account: the e-mail matches (case-insensitively) and the
/// person belongs to the account's own organisation (its firm, or its partner city and the city's
/// enterprises). A record with the same address under another organisation is never taken for the
/// account's person, so an account cannot reach another firm's person by sharing an address.
public enum PortalPerson {
    public static func of(_ account: Account, in registry: Registry) -> Person? {
        let lowered = account.email.lowercased()
        return registry.people.first { person in
            person.email.rawValue.lowercased() == lowered && belongs(person, to: account, in: registry)
        }
    }

    /// Whether `person` is of the account's organisation.
    public static func belongs(_ person: Person, to account: Account, in registry: Registry) -> Bool {
        guard let organisation = account.organisationID else { return false }
        switch (account.role, person.organisation) {
        case (.sme, .localEnterprise(let firm)):
            return firm.rawValue == organisation
        case (.partner, .partnerCity(let city)):
            return city.rawValue == organisation
        case (.partner, .partnerEnterprise(let enterprise)):
            return registry.partnerEnterprises.contains {
                $0.id == enterprise && $0.partnerCityID.rawValue == organisation
            }
        default:
            return false
        }
    }
}
