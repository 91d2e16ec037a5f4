/// The keys `regulations.yaml` knows, by section. A section's path leaves out the activity of an
/// override (`capacity` stands for `activities.ID.capacity` too) and writes list items as `[]`.
enum RegulationsSchema {
    /// The sections an activity may override: every rule except the processing order.
    static let ruleSections = ["eligibility", "branches", "capacity", "quotas", "priority", "costs", "deadlines"]

    static let topLevel = ["version", "title", "processing_order", "activities", "online_meetings"] + ruleSections

    static let keys: [String: [String]] = [
        "": topLevel,
        "activity": ruleSections,
        // Eligibility, branches, quotas and priority are the programme's; travel costs there are none.
        "online_meetings": ["capacity", "costs", "deadlines"],
        "eligibility": [
            "size_classes", "location_required", "postcodes", "information_material_by", "profile_consent_required",
            "admitted_sectors", "excluded",
        ],
        "eligibility.excluded[]": ["enterprise", "reason", "until"],
        "branches[]": ["name", "size_classes", "sectors", "admitted", "reason", "delegates_max", "priority_points"],
        "capacity": ["seats", "delegates_per_company"],
        "capacity.delegates_per_company": ["default", "max"],
        "quotas": ["reserved_seats", "maximum_shares", "unused_reserved_seats"],
        "quotas.reserved_seats[]": ["name", "size_classes", "sectors", "seats"],
        "quotas.maximum_shares[]": ["name", "size_classes", "sectors", "percent"],
        "priority": ["key_sector_points", "partner_interest", "rotation", "application_time", "tie_break_seed"],
        "priority.partner_interest": ["points_per_enterprise", "max"],
        "priority.rotation": ["lookback_months", "points_per_recent_trip", "newcomer_points"],
        "priority.application_time": ["points_per_week_before_close", "max"],
        "costs": ["travel", "accommodation", "fees", "acknowledgement_required"],
        "deadlines": ["applications_open", "applications_close", "decision", "confirmation"],
    ]
}
