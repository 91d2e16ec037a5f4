import TwinLinkDomain

/// Writes the reasons for a match as sentences in the reader's language.
struct ReasonWriter {
    let views: ViewFactory

    /// Reasons for the coordinator and the delegation, naming both firms.
    func reasons(_ counterpart: Counterpart, enterprise: LocalEnterprise) -> [String] {
        var lines: [String] = []
        for request in counterpart.requests {
            let values = [
                "sme": enterprise.legalName, "partner": counterpart.partner.name, "weight": String(request.weight),
            ]
            switch request.requestedBy {
            case .sme: lines.append(views.sentence("reason_request_sme", values))
            case .partner: lines.append(views.sentence("reason_request_partner", values))
            case .both: lines.append(views.sentence("reason_request_both", values))
            }
            if let note = request.note, !note.isEmpty {
                lines.append(views.sentence("reason_request_note", ["note": note]))
            }
        }
        if let match = counterpart.interest {
            lines.append(
                views.sentence(
                    "reason_interest",
                    [
                        "partner": counterpart.partner.name, "sme": enterprise.legalName,
                        "wanted": views.code(match.theirs), "offered": views.code(match.ours),
                        "level": views.matchLevel(match.level),
                    ]))
        }
        if let match = counterpart.sameSector {
            lines.append(
                views.sentence(
                    "reason_same_sector", ["shared": views.code(match.shared), "level": views.matchLevel(match.level)]))
        }
        return lines
    }

    /// Reasons addressed to the local SME itself (the opportunity digest), with the events at
    /// which the partner asked to meet it.
    func reasonsForYou(_ counterpart: Counterpart, eventNames: [Identifier<MutualEvent>: String]) -> [String] {
        var lines: [String] = []
        for request in counterpart.requests {
            guard let event = eventNames[request.eventID] else { continue }
            let key = request.requestedBy == .sme ? "reason_you_asked" : "reason_asked_to_meet_you"
            lines.append(views.sentence(key, ["event": event]))
        }
        if let match = counterpart.interest {
            lines.append(
                views.sentence(
                    "reason_interest_you",
                    [
                        "wanted": views.code(match.theirs), "offered": views.code(match.ours),
                        "level": views.matchLevel(match.level),
                    ]))
        }
        if let match = counterpart.sameSector {
            lines.append(
                views.sentence(
                    "reason_same_sector_you",
                    ["shared": views.code(match.shared), "level": views.matchLevel(match.level)]))
        }
        return lines
    }

    /// Why a firm is listed for a partner city: its sectors against the city's key sectors.
    func keySectorReasons(_ enterprise: LocalEnterprise, city: PartnerCity) -> [String] {
        SectorMatch.all(enterprise.sectors, city.keySectors).map { match in
            views.sentence(
                "reason_key_sector",
                [
                    "city": city.name, "key": views.code(match.theirs), "code": views.code(match.ours),
                    "level": views.matchLevel(match.level),
                ])
        }
    }
}
