public import Foundation
public import TwinLinkDomain

/// Use case: the registry's tables as tools read them (stable JSON: sorted keys, records sorted by
/// id); the command line renders them for people (`RegistryListingText` in TwinLinkCLI).
public enum RegistryListing {
    public enum Subject: String, CaseIterable, Sendable {
        case smes
        case partnerCities = "partner-cities"
        case partnerEnterprises = "partner-enterprises"
        case events
    }

    public static func json(_ subject: Subject, of registry: Registry) throws -> Data {
        let encoder = JSONEncoder.stable
        return switch subject {
        case .smes: try encoder.encode(registry.enterprises)
        case .partnerCities: try encoder.encode(registry.partnerCities)
        case .partnerEnterprises: try encoder.encode(registry.partnerEnterprises)
        case .events: try encoder.encode(registry.events)
        }
    }
}
