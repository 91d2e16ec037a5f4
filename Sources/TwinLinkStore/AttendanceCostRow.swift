internal import GRDB
import TwinLinkDomain

/// A row of `activity_costs`: money in cents of one currency.
struct AttendanceCostRow: Codable, Equatable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "activity_costs"
    static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }

    var activityId: String
    var preparationHoursHundredths: Int64
    var hourlyRateCents: Int64
    var hallCents: Int64
    var serviceCents: Int64
    var smeCostPerDelegateCents: Int64
    var currency: String
    var note: String?
    var source: String

    init(_ c: ActivityCosts) {
        activityId = c.activityID.rawValue
        preparationHoursHundredths = c.preparationHours.hundredths
        hourlyRateCents = c.hourlyRate.cents
        hallCents = c.hall.cents
        serviceCents = c.service.cents
        smeCostPerDelegateCents = c.smeCostPerDelegate.cents
        currency = c.hourlyRate.currency.rawValue
        note = c.note
        source = c.source ?? ""
    }

    func domain() throws -> ActivityCosts {
        let t = Self.databaseTableName
        let code = try stored(CurrencyCode(rawValue: currency), t, activityId, "currency", currency)
        return ActivityCosts(
            activityID: try stored(Identifier(rawValue: activityId), t, activityId, "activity_id", activityId),
            preparationHours: WorkHours(hundredths: preparationHoursHundredths),
            hourlyRate: Money(cents: hourlyRateCents, currency: code),
            hall: Money(cents: hallCents, currency: code), service: Money(cents: serviceCents, currency: code),
            smeCostPerDelegate: Money(cents: smeCostPerDelegateCents, currency: code), note: note, source: source)
    }
}
