public import TwinLinkDomain

/// The estimated cost each delegate pays for themselves, and whether applicants must acknowledge it.
public struct CostRules: Hashable, Sendable, Codable {
    public var travel: Money
    public var accommodation: Money
    public var fees: Money
    /// Without the applicant's acknowledgement, an application is not admissible.
    public var acknowledgementRequired: Bool

    public init(travel: Money, accommodation: Money, fees: Money, acknowledgementRequired: Bool = true) {
        self.travel = travel
        self.accommodation = accommodation
        self.fees = fees
        self.acknowledgementRequired = acknowledgementRequired
    }

    public var perDelegate: Money {
        Money(cents: travel.cents + accommodation.cents + fees.cents, currency: travel.currency)
    }

    /// `1 030.00 EUR per delegate (travel 450.00, accommodation 480.00, fees 100.00)`.
    public var summary: String {
        let currency = travel.currency.rawValue
        return "\(AmountText.euros(cents: perDelegate.cents, currency: currency)) per delegate (travel "
            + "\(travel.plainAmount), accommodation \(accommodation.plainAmount), fees \(fees.plainAmount))"
    }
}
