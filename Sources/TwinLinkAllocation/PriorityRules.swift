/// How applicants are ranked: a score a person can add up, then a seeded draw for ties.
public struct PriorityRules: Hashable, Sendable, Codable {
    /// Points when one of the firm's sectors is a key sector of the partner city.
    public var keySectorPoints: Int
    /// Points per partner enterprise that wants contacts in one of the firm's sectors…
    public var partnerInterestPoints: Int
    /// …up to this many points in all.
    public var partnerInterestMax: Int
    public var rotation: RotationRule
    /// Points per full week between the application and the close of applications…
    public var pointsPerWeekBeforeClose: Int
    /// …up to this many points in all.
    public var applicationTimeMax: Int
    /// The seed of the draw that orders equal scores; `nil`: one derived from the activity's id.
    public var seed: UInt64?

    public init(
        keySectorPoints: Int = 0, partnerInterestPoints: Int = 0, partnerInterestMax: Int = 0,
        rotation: RotationRule = RotationRule(), pointsPerWeekBeforeClose: Int = 0, applicationTimeMax: Int = 0,
        seed: UInt64? = nil
    ) {
        self.keySectorPoints = keySectorPoints
        self.partnerInterestPoints = partnerInterestPoints
        self.partnerInterestMax = partnerInterestMax
        self.rotation = rotation
        self.pointsPerWeekBeforeClose = pointsPerWeekBeforeClose
        self.applicationTimeMax = applicationTimeMax
        self.seed = seed
    }

    /// Rotation: firms that travelled recently rank lower, newcomers higher.
    public struct RotationRule: Hashable, Sendable, Codable {
        /// How far back a trip counts as recent.
        public var lookbackMonths: Int
        /// Points per recent trip (usually negative).
        public var pointsPerRecentTrip: Int
        /// Points for a firm that has never travelled with the programme.
        public var newcomerPoints: Int

        public init(lookbackMonths: Int = 24, pointsPerRecentTrip: Int = 0, newcomerPoints: Int = 0) {
            self.lookbackMonths = lookbackMonths
            self.pointsPerRecentTrip = pointsPerRecentTrip
            self.newcomerPoints = newcomerPoints
        }
    }
}
