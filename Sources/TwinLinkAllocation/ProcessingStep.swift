/// The steps of an allocation, in the order the regulations publish. The checks come first, in
/// any order: every check is applied, and the first one an application fails (in the published
/// order) is the reason given for rejecting it. The seat steps follow, always in the order
/// priority, reserved seats, open seats, waitlist.
public enum ProcessingStep: String, Hashable, Sendable, Codable, CaseIterable {
    case withdrawal
    case applicationWindow = "application_window"
    case costAcknowledgement = "cost_acknowledgement"
    case exclusionList = "exclusion_list"
    case smeStatus = "sme_status"
    case location
    case informationMaterial = "information_material"
    case profileConsent = "profile_consent"
    case admittedSectors = "admitted_sectors"
    case branchRules = "branch_rules"
    case priority
    case reservedSeats = "reserved_seats"
    case openSeats = "open_seats"
    case waitlist

    /// The seat steps, which end every processing order in this order.
    public static let seatSteps: [ProcessingStep] = [.priority, .reservedSeats, .openSeats, .waitlist]

    public var isCheck: Bool { !Self.seatSteps.contains(self) }

    /// Every check, then the seat steps: a valid processing order.
    public static let standardOrder: [ProcessingStep] = allCases

    /// Whether `order` lists every step once and ends with the seat steps.
    public static func isValidOrder(_ order: [ProcessingStep]) -> Bool {
        order.count == allCases.count && Set(order).count == allCases.count
            && Array(order.suffix(seatSteps.count)) == seatSteps
    }

    public static let orderRule =
        "every step exactly once (\(allCases.map(\.rawValue).joined(separator: ", "))): the checks in any order, "
        + "then \(seatSteps.map(\.rawValue).joined(separator: ", "))"
}
