/// What an import did to each table.
public struct RegistryChanges: Hashable, Sendable, Codable {
    public struct Table: Hashable, Sendable, Codable {
        public var name: String
        public var inserted = 0
        public var updated = 0
        public var unchanged = 0
        /// Records in the database that the files no longer list; they are kept.
        public var notInFiles = 0
        /// Their ids, and those of the records this import retired (`import --prune`).
        public var notInFilesIDs: [String] = []
        public var retiredIDs: [String] = []
        /// Retired records that the files list again: back in use.
        public var returned = 0

        public init(name: String) {
            self.name = name
        }

        public var changed: Bool { inserted + updated + retiredIDs.count + returned > 0 }
    }

    public var tables: [Table]

    public init(tables: [Table]) {
        self.tables = tables
    }

    public var changed: Bool { tables.contains(where: \.changed) }
}
