import TwinLinkDomain

/// A partner enterprise matched with a local SME, with every reason for the match: the meeting
/// requests between them, the SME's sector in the partner's interests, and a shared line of business.
struct Counterpart: Sendable {
    let partner: PartnerEnterprise
    let requests: [MeetingRequest]
    /// One of the SME's sectors matches one the partner seeks.
    let interest: SectorMatch?
    /// The two work in the same line of business.
    let sameSector: SectorMatch?

    /// Finds the match of `enterprise` with `partner`; `nil` when nothing connects them. Sector
    /// matches count from the division level down: a shared section alone is too broad to name.
    init?(enterprise: LocalEnterprise, partner: PartnerEnterprise, requests: [MeetingRequest]) {
        let interest = SectorMatch.best(enterprise.sectors, partner.interestSectors).flatMap {
            $0.level.isReason ? $0 : nil
        }
        let sameSector = SectorMatch.best(enterprise.sectors, partner.sectors).flatMap {
            $0.level.isReason ? $0 : nil
        }
        guard !requests.isEmpty || interest != nil || sameSector != nil else { return nil }
        self.partner = partner
        self.requests = requests.sorted { $0.id < $1.id }
        self.interest = interest
        self.sameSector = sameSector
    }

    /// Higher for stronger matches: requested meetings weigh most (mutual ones more), then how
    /// closely the partner's interests and line of business fit.
    var score: Int {
        let requested = requests.map { $0.weight * 10 + ($0.requestedBy == .both ? 5 : 0) }.max() ?? 0
        return requested + (interest?.level.rawValue ?? 0) * 2 + (sameSector?.level.rawValue ?? 0)
    }

    /// The counterparts of `enterprise` among `partners`, strongest first, ties by partner id.
    static func all(
        for enterprise: LocalEnterprise, among partners: [PartnerEnterprise], requests: [MeetingRequest]
    ) -> [Counterpart] {
        let byPartner = Dictionary(grouping: requests.filter { $0.enterpriseID == enterprise.id }) {
            $0.partnerEnterpriseID
        }
        return partners.compactMap {
            Counterpart(enterprise: enterprise, partner: $0, requests: byPartner[$0.id] ?? [])
        }.sorted { ($1.score, $0.partner.id) < ($0.score, $1.partner.id) }
    }

    /// The first `limit` of `all(for:in:requests:)` and how many it lists, found through the
    /// firm's ``SectorProfile`` (made once for every firm with the same sectors) and its own
    /// requests: the same counterparts, without scoring every candidate for every firm.
    static func strongest(
        _ limit: Int, for enterprise: LocalEnterprise, in index: OpportunityIndex, requests: [MeetingRequest]
    ) -> (shown: [Counterpart], total: Int) {
        let byPartner = Dictionary(grouping: requests.filter { $0.enterpriseID == enterprise.id }) {
            $0.partnerEnterpriseID
        }
        let requested = Set(byPartner.keys.compactMap { index.partnerPositions[$0] })
        guard requested.count <= SectorProfile.slack, limit <= Self.profileLimit else {
            let all = Self.all(for: enterprise, in: index, requests: requests)
            return (Array(all.prefix(limit)), all.count)
        }
        let profile = index.profile(of: enterprise.sectors) { SectorProfile(enterprise, in: index) }
        var chosen: [Counterpart] = []
        var total = profile.counterpartCount
        for position in requested {
            let partner = index.partners[position]
            if Counterpart(enterprise: enterprise, partner: partner, requests: []) != nil { total -= 1 }
            if let counterpart = Counterpart(
                enterprise: enterprise, partner: partner, requests: byPartner[partner.id] ?? [])
            {
                chosen.append(counterpart)
                total += 1
            }
        }
        var others = 0
        for ranked in profile.counterparts where others < limit && !requested.contains(ranked.position) {
            if let counterpart = Counterpart(
                enterprise: enterprise, partner: index.partners[ranked.position], requests: [])
            {
                chosen.append(counterpart)
                others += 1
            }
        }
        chosen.sort { ($1.score, $0.partner.id) < ($0.score, $1.partner.id) }
        return (Array(chosen.prefix(limit)), total)
    }

    /// The most counterparts a ``SectorProfile`` keeps, requested ones aside.
    static let profileLimit = 16

    /// The counterparts of `enterprise` among the index's partners, strongest first, ties by
    /// partner id: the same list as `all(for:among:requests:)` over every partner, found through
    /// the division buckets and the firm's `requests`.
    static func all(for enterprise: LocalEnterprise, in index: OpportunityIndex, requests: [MeetingRequest])
        -> [Counterpart]
    {
        let byPartner = Dictionary(grouping: requests.filter { $0.enterpriseID == enterprise.id }) {
            $0.partnerEnterpriseID
        }
        var positions = Set(index.candidates(for: enterprise.sectors))
        for id in byPartner.keys {
            if let position = index.partnerPositions[id] { positions.insert(position) }
        }
        return positions.sorted().compactMap {
            let partner = index.partners[$0]
            return Counterpart(enterprise: enterprise, partner: partner, requests: byPartner[partner.id] ?? [])
        }.sorted { ($1.score, $0.partner.id) < ($0.score, $1.partner.id) }
    }
}
