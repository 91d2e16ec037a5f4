public import TwinLinkDomain

/// The data of the information material for one partner city (programme step 2): the local firms
/// and the city's key sectors. The document lists only the firms that may be shown (see
/// `InformationMaterialEligibility`), so passing every local enterprise is safe.
public struct InformationMaterialInput: Sendable {
    public var programme: Programme
    public var partnerCity: PartnerCity
    /// The partner city's contact, to whom the material is addressed.
    public var cityContact: Person
    public var enterprises: [LocalEnterprise]
    public var enterpriseLinks: [EnterpriseLink]
    /// The firms' contact people and the programme's staff.
    public var contacts: [Person]
    public var preparedOn: LocalDate

    public init(
        programme: Programme, partnerCity: PartnerCity, cityContact: Person, enterprises: [LocalEnterprise],
        enterpriseLinks: [EnterpriseLink], contacts: [Person], preparedOn: LocalDate
    ) {
        self.programme = programme
        self.partnerCity = partnerCity
        self.cityContact = cityContact
        self.enterprises = enterprises
        self.enterpriseLinks = enterpriseLinks
        self.contacts = contacts
        self.preparedOn = preparedOn
    }

    /// Gathers the material's data for `partnerCity` from the registry.
    public init(
        registry: Registry, partnerCity id: Identifier<PartnerCity>, preparedOn: LocalDate
    ) throws(DocumentInputError) {
        let index = RegistryIndex(registry)
        guard let city = index.partnerCities[id] else {
            throw .unknownPartnerCity(id, referencedBy: "the information material")
        }
        let cityContact = try index.person(city.contactPersonID, referencedBy: "partner city \(city.id)")
        var contacts = registry.people.filter { $0.organisation == .programme }
        for enterprise in registry.enterprises {
            contacts.append(
                try index.person(enterprise.contactPersonID, referencedBy: "local enterprise \(enterprise.id)"))
        }
        self.init(
            programme: registry.programme, partnerCity: city, cityContact: cityContact,
            enterprises: registry.enterprises, enterpriseLinks: registry.enterpriseLinks, contacts: contacts,
            preparedOn: preparedOn)
    }
}
