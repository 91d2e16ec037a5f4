/// Why an application ended as it did, for tools (the sentence is for people).
public enum ReasonCode: String, Hashable, Sendable, Codable, CaseIterable {
    // Accepted.
    case accepted
    /// Seated on a reserved seat that a higher-scoring applicant of another category could not take.
    case acceptedReserved = "accepted_reserved"
    /// Fewer seats than delegates asked for.
    case acceptedPartly = "accepted_partly"
    case acceptedByOverride = "accepted_by_override"
    // Waitlisted.
    case seatsTaken = "seats_taken"
    case maximumShareReached = "maximum_share_reached"
    case seatsReserved = "seats_reserved"
    // Rejected.
    case withdrawn
    case outsideApplicationWindow = "outside_application_window"
    case costNotAcknowledged = "cost_not_acknowledged"
    case excluded
    case notSME = "not_sme"
    case sizeClassNotAdmitted = "size_class_not_admitted"
    case outsideCity = "outside_city"
    case noInformationMaterial = "no_information_material"
    case informationMaterialLate = "information_material_late"
    case noProfileConsent = "no_profile_consent"
    case sectorNotAdmitted = "sector_not_admitted"
    case branchNotAdmitted = "branch_not_admitted"
    case rejectedByOverride = "rejected_by_override"
}
