/// Where the records of a partly readable instance document stand, so that the validator names
/// the document's paths and does not report references to records that were refused already.
struct InstancePlaces: Sendable {
    /// For each collection (`slots`), the document index of each record that was read.
    var origins: [String: [Int]] = [:]
    /// For each collection, the ids of records that were refused (reported already).
    var refusedIDs: [String: Set<String>] = [:]

    /// The path of the record at `index` of the read instance.
    func path(_ collection: String, _ index: Int) -> String {
        let origin = origins[collection].flatMap { index < $0.count ? $0[index] : nil } ?? index
        return "$.\(collection)[\(origin)]"
    }

    func isRefused(_ id: String, in collection: String) -> Bool {
        refusedIDs[collection]?.contains(id) ?? false
    }
}
