/// What an import did to each table.
public struct RegistryChanges: Hashable, Sendable, Codable {
    public struct Table: Hashable, Sendable, Codable {
        public var name: String
        public var inserted = 0
        public var updated = 0
        public var unchanged = 0
        /// Records in the database that the files no longer list; they are kept.
        public var notInFiles = 0

        public init(name: String) {
            self.name = name
        }

        public var changed: Bool { inserted + updated > 0 }
    }

    public var tables: [Table]

    public init(tables: [Table]) {
        self.tables = tables
    }

    public var changed: Bool { tables.contains(where: \.changed) }
}
