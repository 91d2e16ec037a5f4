/// A rule of the branch approach: something that applies only to some firms, such as a bonus
/// for micro firms, one delegate at most for medium-sized firms, or a sector not admitted.
public struct BranchRule: Hashable, Sendable, Codable {
    public var name: String
    public var firms: FirmSelector
    /// `false`: firms it matches are not admitted (with `reason`).
    public var admitted: Bool
    /// Why firms are not admitted, in a sentence for them.
    public var reason: String?
    /// At most this many delegates for firms it matches (below the general maximum).
    public var delegatesMax: Int?
    /// Points added to (or, when negative, taken from) the priority score.
    public var priorityPoints: Int

    public init(
        name: String, firms: FirmSelector, admitted: Bool = true, reason: String? = nil, delegatesMax: Int? = nil,
        priorityPoints: Int = 0
    ) {
        self.name = name
        self.firms = firms
        self.admitted = admitted
        self.reason = reason
        self.delegatesMax = delegatesMax
        self.priorityPoints = priorityPoints
    }
}
