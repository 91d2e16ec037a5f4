public import Foundation
internal import GRDB
import TwinLinkDomain

extension RegistryAccess {
    /// Records that the information material for `city` was issued at `at`, listing `enterprises`:
    /// their profile changes made so far are in it, so none of them waits for the next issue any more.
    public func recordMaterialIssue(city: String, at: Date, enterprises: [String]) throws {
        try run { db in
            let ids = enterprises.sorted().joined(separator: ";")
            // The same list again (a re-run of the documents): the issue stands, no new row.
            let last = try String.fetchOne(
                db, sql: "SELECT enterprise_ids FROM portal_material_issues WHERE partner_city_id = ? ORDER BY id DESC",
                arguments: [city])
            if last != ids {
                try db.execute(
                    sql:
                        "INSERT INTO portal_material_issues (partner_city_id, issued_at, enterprise_ids) VALUES (?, ?, ?)",
                    arguments: [city, ZonedInstant.formatUTC(at), ids])
            }
            for enterprise in enterprises {
                try db.execute(
                    sql:
                        "UPDATE portal_profile_changes SET for_next_material = 0 WHERE enterprise_id = ? AND for_next_material = 1",
                    arguments: [enterprise])
            }
        }
    }

    /// When the newest issued material that lists `enterprise` was issued (`nil`: never).
    public func lastMaterialIssue(listing enterprise: String) throws -> Date? {
        try run { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT issued_at, enterprise_ids FROM portal_material_issues ORDER BY issued_at DESC, id DESC"
            )
            for row in rows {
                let ids = (row["enterprise_ids"] as String).split(separator: ";").map(String.init)
                if ids.contains(enterprise) { return ZonedInstant.parseInstant(row["issued_at"] as String) }
            }
            return nil
        }
    }
}
