/// An event of the partnership — a fair, forum or anniversary — around which visits are planned.
public struct MutualEvent: Hashable, Sendable, Codable, Identifiable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case fair, forum, conference, anniversary, festival, exhibition, other
    }

    /// What the programme does around the event.
    public enum VisitDirection: String, Hashable, Sendable, Codable, CaseIterable {
        /// A delegation of local SMEs travels to the partner city.
        case outgoing
        /// Partner cities' delegations are hosted at home.
        case incoming
        /// No visit is planned.
        case none
    }

    public var id: Identifier<MutualEvent>
    public var name: String
    public var kind: Kind
    public var host: EventHost
    public var schedule: EventSchedule
    public var venue: Venue
    public var visit: VisitDirection
    /// For events at home: the partner cities invited.
    public var invitedPartnerCityIDs: [Identifier<PartnerCity>]
    public var description: String?
    public var source: String?

    public init(
        id: Identifier<MutualEvent>, name: String, kind: Kind, host: EventHost, schedule: EventSchedule, venue: Venue,
        visit: VisitDirection, invitedPartnerCityIDs: [Identifier<PartnerCity>] = [], description: String? = nil,
        source: String? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.host = host
        self.schedule = schedule
        self.venue = venue
        self.visit = visit
        self.invitedPartnerCityIDs = invitedPartnerCityIDs
        self.description = description
        self.source = source
    }
}

/// Where an event takes place: at home or in a partner city.
public enum EventHost: Hashable, Sendable, Codable, CustomStringConvertible {
    case home
    case partnerCity(Identifier<PartnerCity>)

    /// `home` or the partner city's id, as written in `events.csv`.
    public var externalID: String {
        switch self {
        case .home: "home"
        case .partnerCity(let id): id.rawValue
        }
    }

    public init?(externalID: String) {
        if externalID == "home" {
            self = .home
        } else if let id = Identifier<PartnerCity>(rawValue: externalID) {
            self = .partnerCity(id)
        } else {
            return nil
        }
    }

    public var description: String { externalID }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let host = EventHost(externalID: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "invalid host '\(text)'")
        }
        self = host
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(externalID)
    }
}

/// When an event takes place: whole days, or from one instant to another.
public enum EventSchedule: Hashable, Sendable, Codable {
    /// All-day, `first` to `last` inclusive, in the host's zone.
    case allDay(first: LocalDate, last: LocalDate, zone: TimeZoneID)
    /// From `start` to `end` (both instants carry the zone they were given in).
    case timed(start: ZonedInstant, end: ZonedInstant)

    public var zone: TimeZoneID {
        switch self {
        case .allDay(_, _, let zone): zone
        case .timed(let start, _): start.zone
        }
    }

    /// The first day, local to the event.
    public var firstDay: LocalDate {
        switch self {
        case .allDay(let first, _, _): first
        case .timed(let start, _): start.local.date
        }
    }

    /// The last day, local to the event.
    public var lastDay: LocalDate {
        switch self {
        case .allDay(_, let last, _): last
        case .timed(_, let end): end.local.date
        }
    }

    public var isAllDay: Bool {
        if case .allDay = self { return true }
        return false
    }
}

/// A place, with map coordinates where known.
public struct Venue: Hashable, Sendable, Codable {
    public var name: String
    public var address: String
    public var location: GeoPoint?

    public init(name: String, address: String, location: GeoPoint? = nil) {
        self.name = name
        self.address = address
        self.location = location
    }
}

/// WGS 84 coordinates in decimal degrees.
public struct GeoPoint: Hashable, Sendable, Codable {
    public let latitude: Double
    public let longitude: Double

    public init?(latitude: Double, longitude: Double) {
        guard (-90...90).contains(latitude), (-180...180).contains(longitude) else { return nil }
        self.latitude = latitude
        self.longitude = longitude
    }
}
