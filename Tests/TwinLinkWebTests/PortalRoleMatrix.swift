import Foundation

/// The portals' rows of the role × route matrix, written by hand.
extension RoleMatrixTests {
    static let portalRows: [(String, String, Expect)] = [
        ("GET", "/join", .open), ("POST", "/join", .open),
        ("GET", "/join-requests", .desk), ("POST", "/join-requests/:id", .deskWrite),
        ("GET", "/portal", .sme), ("GET", "/portal/profile", .sme), ("POST", "/portal/profile", .sme),
        ("POST", "/portal/profile/links", .sme),
        ("POST", "/portal/consents", .sme), ("GET", "/portal/opportunities", .sme),
        ("GET", "/portal/opportunities/digest", .sme),
        ("GET", "/portal/applications", .sme), ("POST", "/portal/applications", .sme),
        ("GET", "/portal/applications/:id", .sme), ("POST", "/portal/applications/:id/withdraw", .sme),
        ("GET", "/portal/calendar", .sme), ("GET", "/portal/calendar/:activity/ics", .sme),
        ("POST", "/portal/calendar/rsvp", .sme), ("GET", "/portal/calendar/reply/:uid", .sme),
        ("GET", "/portal/meetings", .sme), ("POST", "/portal/meetings", .sme),
        ("POST", "/portal/meetings/:id/answer", .sme),
        ("GET", "/portal/outcomes", .sme), ("POST", "/portal/outcomes", .sme), ("GET", "/portal/packs/:activity", .sme),
        ("GET", "/portal/my-data", .sme), ("GET", "/partner/my-data", .partner),
        ("POST", "/portal/erase", .sme), ("POST", "/partner/erase", .partner),
        ("GET", "/material", .distributor), ("GET", "/material/:city/:file", .distributor),
        ("POST", "/portal/feed", .sme), ("POST", "/portal/feed/revoke", .sme), ("GET", "/feed/:token", .open),
        ("GET", "/partner", .partner), ("GET", "/partner/material/:file", .partner),
        ("POST", "/partner/interest", .partner), ("POST", "/partner/meetings", .partner),
        ("POST", "/partner/meetings/:id/answer", .partner),
        ("GET", "/partner/events/:id", .partner), ("POST", "/partner/events", .partner),
        ("GET", "/partner/enterprises/:id", .partner), ("POST", "/partner/enterprises", .partner),
        ("POST", "/partner/feed", .partner), ("POST", "/partner/feed/refresh", .partner),
        ("GET", "/partner-feeds", .desk), ("POST", "/partner-feeds/refresh", .deskWrite),
        ("GET", "/partner/delegations/:id", .partner),
    ]

    /// A real URL for a portal route: the sme account's own records (another firm's are tested
    /// in `PortalTests`).
    static func portalURL(_ pattern: String) -> String? {
        guard
            pattern.hasPrefix("/portal") || pattern.hasPrefix("/join") || pattern.hasPrefix("/feed")
                || pattern.hasPrefix("/partner") || pattern.hasPrefix("/material")
        else {
            return nil
        }
        return pattern.replacingOccurrences(of: ":id", with: pattern.hasPrefix("/join") ? "1" : "app-0117")
            .replacingOccurrences(of: ":activity", with: "visit-ev-2027-05-nuremberg-forum")
            .replacingOccurrences(of: ":token", with: "not-a-token")
            .replacingOccurrences(of: ":file", with: "no-such-material.html")
            .replacingOccurrences(of: ":city", with: "nuremberg")
    }
}
