import Foundation
internal import GRDB
public import TwinLinkDomain
import TwinLinkLocalization

/// A row of `activities`: what the planner proposed or the coordinator confirmed.
struct ActivityRow: Codable, Equatable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "activities"
    static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }

    var id: String
    var eventId: String
    var kind: String
    var title: String
    var titleMessage: Message?
    var startUtc: String
    var endUtc: String
    var timeZone: String
    var partnerCityId: String?
    var venueName: String?
    var venueAddress: String?
    var latitude: Double?
    var longitude: Double?
    var joinUrl: String?
    var status: String
    var seats: Int?
    var agenda: [AgendaItem]
    var notes: [String]
    /// `nil` for notes written before messages (and for none).
    var noteMessages: [Message]?

    init(_ a: Activity) {
        id = a.id.rawValue
        eventId = a.eventID.rawValue
        kind = a.kind.rawValue
        title = a.title
        titleMessage = a.titleMessage
        startUtc = a.start.utcISO
        endUtc = a.end.utcISO
        timeZone = a.start.zone.rawValue
        partnerCityId = a.partnerCityID?.rawValue
        venueName = a.venue?.name
        venueAddress = a.venue?.address
        latitude = a.venue?.location?.latitude
        longitude = a.venue?.location?.longitude
        joinUrl = a.joinURL
        status = a.status.rawValue
        seats = a.seats
        agenda = a.agenda
        notes = a.notes
        noteMessages = a.noteMessages.isEmpty ? nil : a.noteMessages
    }

    func domain() throws -> Activity {
        let t = Self.databaseTableName
        let zone = try stored(TimeZoneID(rawValue: timeZone), t, id, "time_zone", timeZone)
        let start = try stored(ZonedInstant.parseInstant(startUtc), t, id, "start_utc", startUtc)
        let end = try stored(ZonedInstant.parseInstant(endUtc), t, id, "end_utc", endUtc)
        var venue: Venue?
        if let venueName, let venueAddress {
            let location = latitude.flatMap { lat in longitude.flatMap { GeoPoint(latitude: lat, longitude: $0) } }
            venue = Venue(name: venueName, address: venueAddress, location: location)
        }
        return Activity(
            id: try stored(Identifier(rawValue: id), t, id, "id", id),
            eventID: try stored(Identifier(rawValue: eventId), t, id, "event_id", eventId),
            kind: try stored(Activity.Kind(rawValue: kind), t, id, "kind", kind), title: title,
            start: ZonedInstant(instant: start, zone: zone), end: ZonedInstant(instant: end, zone: zone),
            partnerCityID: try partnerCityId.map { try stored(Identifier(rawValue: $0), t, id, "partner_city_id", $0) },
            venue: venue, joinURL: joinUrl,
            status: try stored(Activity.Status(rawValue: status), t, id, "status", status), seats: seats,
            agenda: agenda, notes: notes, titleMessage: titleMessage, noteMessages: noteMessages ?? [])
    }
}

extension RegistryAccess {
    /// Every activity, by id.
    public func activities() throws -> [Activity] {
        try run { db in try ActivityRow.order(Column("id")).fetchAll(db).map { try $0.domain() } }
    }

    /// Inserts new activities and updates changed ones, in one transaction; returns the ids
    /// that were inserted or changed. Activities not given are left as they are.
    @discardableResult
    public func saveActivities(_ activities: [Activity]) throws -> [Identifier<Activity>] {
        try run { db in
            var changed: [Identifier<Activity>] = []
            for activity in activities {
                let row = ActivityRow(activity)
                if let old = try ActivityRow.fetchOne(db, key: row.id) {
                    guard old != row else { continue }
                    try row.update(db)
                } else {
                    try row.insert(db)
                }
                changed.append(activity.id)
            }
            return changed
        }
    }
}
