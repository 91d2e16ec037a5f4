import Foundation
import Testing
import TwinLinkDomain
import TwinLinkImport
import TwinLinkStore
import TwinLinkTestSupport

private let now = Date(timeIntervalSince1970: 1_796_000_000)

/// The export document of `store`, parsed, for looking inside.
private func document(_ store: RegistryStore, includeSecrets: Bool = false) throws -> [String: Any] {
    try #require(
        try JSONSerialization.jsonObject(with: store.exportJSON(includeSecrets: includeSecrets)) as? [String: Any])
}

/// A restore document for the current schema with these tables (JSON text of the `tables` object).
private func restoreDocument(_ tables: String, version: Int = 2, migrations: [String]? = nil) throws -> Data {
    let applied = try migrations ?? RegistryStore.inMemory().synchronously { try $0.appliedMigrations() }
    let list = applied.map { "\"\($0)\"" }.joined(separator: ", ")
    return Data(
        """
        {"format": "twinlink-export", "version": \(version), "schemaMigrations": [\(list)], "secretsIncluded": true,
         "sequences": {}, "tables": \(tables)}
        """.utf8)
}

private func refusal(_ body: () throws -> Void) -> [String] {
    do {
        try body()
    } catch let error as RestoreError {
        guard case .refused(let problems) = error else { return ["unexpected: \(error)"] }
        return problems.map(\.description)
    } catch {
        return ["unexpected: \(error)"]
    }
    return []
}

@Suite("Export, restore and backup of the whole database")
struct DatabaseExportTests {
    @Test("every table of the schema is exported, or named as secret or bookkeeping, and documented")
    func everyTable() throws {
        let store = try RegistryStore.inMemory()
        let tables = try store.schemaTables()
        let plain = try #require(try document(store)["tables"] as? [String: Any])
        let full = try #require(try document(store, includeSecrets: true)["tables"] as? [String: Any])
        let docs = try String(
            contentsOf: RepositoryPaths.root.appendingPathComponent("docs/export-format.md"), encoding: .utf8)
        for table in tables {
            if DatabaseExport.bookkeepingTables[table] != nil || DatabaseExport.transientTables[table] != nil
                || table.hasPrefix("sqlite_")
            {
                #expect(plain[table] == nil && full[table] == nil, "\(table)")
            } else if DatabaseExport.secretTables[table] != nil {
                #expect(plain[table] == nil, "\(table) is secret")
                #expect(full[table] != nil, "\(table) with --include-secrets")
            } else {
                #expect(plain[table] != nil, "\(table) is not exported")
            }
            if !table.hasPrefix("sqlite_") {
                #expect(docs.contains("`\(table)`"), "docs/export-format.md does not name the table \(table)")
            }
        }
        #expect(Set(full.keys).isSubset(of: Set(tables)))
        #expect(tables.contains("allocation_decisions") && tables.contains("audit_log"))
    }

    @Test("values keep their SQLite type and bits: export, restore, export gives the same bytes")
    func exactValues() throws {
        let tables = """
            {
              "audit_log": [
                {"id": 7, "at": "2026-09-01T10:00:00Z", "actor": "Ewa \\"E\\" Nowak\\\\", "action": "allocate",
                 "subject": "ąęłńóśźż 😀 \\u0001 tab\\tnew\\nline", "detail": "{}"},
                {"id": 9223372036854775807, "at": "x", "actor": "y", "action": "z", "subject": "s", "detail": ""}
              ],
              "mutual_events": [
                {"id": "ev-1", "name": "Fair", "kind": "trade_fair", "host_city_id": null, "all_day": 1,
                 "start_utc": null, "end_utc": null, "first_day": "2027-01-01", "last_day": "2027-01-02",
                 "time_zone": "Europe/Warsaw", "venue_name": "Hall", "venue_address": "Street 1",
                 "latitude": 1.0, "longitude": 1e-05, "visit": "none", "invited_partner_city_ids": "[]",
                 "description": "0.1 + 0.2", "source": null}
              ],
              "programme_secrets": [{"name": "planning_seed", "value": "18446744073709551615"}]
            }
            """
        let store = try RegistryStore.inMemory()
        let counts = try store.restore(try restoreDocument(tables))
        #expect(counts["audit_log"] == 2 && counts["mutual_events"] == 1 && counts["programme_secrets"] == 1)
        let first = try store.exportJSON(includeSecrets: true)
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.contains("\"latitude\": 1.0,"))
        #expect(text.contains("\"longitude\": 1e-05,"))
        #expect(text.contains("\"id\": 9223372036854775807,"))
        #expect(text.contains("\"subject\": \"ąęłńóśźż 😀 \\u0001 tab\\tnew\\nline\""))
        #expect(text.contains("\"audit_log\": 9223372036854775807"), "the AUTOINCREMENT sequence is exported")

        let again = try RegistryStore.inMemory()
        _ = try again.restore(first)
        #expect(try again.exportJSON(includeSecrets: true) == first)
        #expect(try again.exportJSON(includeSecrets: false) == (try store.exportJSON(includeSecrets: false)))
    }

    @Test("the fixtures' registry: export, restore, export gives the same bytes")
    func registryRoundTrip() throws {
        let store = try RegistryStore.inMemory()
        let registry = try RegistryReader().read(
            directory: URL(fileURLWithPath: RepositoryPaths.fixtures), displayPath: "fixtures")
        _ = try store.synchronously { try $0.apply(registry, source: "fixtures", at: now) }
        let exported = try store.exportJSON(includeSecrets: true)
        let restored = try RegistryStore.inMemory()
        let counts = try restored.restore(exported)
        #expect(counts["local_enterprises"] == registry.enterprises.count)
        #expect(try restored.exportJSON(includeSecrets: true) == exported)
        #expect(try restored.synchronously { try $0.registry() } == registry)
    }

    @Test("a document it cannot take whole is refused with every JSON path, and nothing is restored")
    func refusals() throws {
        let store = try RegistryStore.inMemory()
        let empty = try store.exportJSON(includeSecrets: true)

        #expect(
            refusal { _ = try store.restore(try restoreDocument("{}", version: 1)) } == [
                "$.version: this TwinLink restores version 2 documents; found 1 (version 1 held only the registry: "
                    + "import the registry files instead)"
            ])
        #expect(
            refusal { _ = try store.restore(try restoreDocument("{}", migrations: ["v1-registry"])) }.first?
                .hasPrefix("$.schemaMigrations: the document's schema ([\"v1-registry\"]) is not this database's")
                == true)
        #expect(
            refusal { _ = try store.restore(Data("{\"format\": \"twinlink-export\",\n \"version\": 2,}".utf8)) } == [
                "2:15: expected a key in quotes"
            ])
        #expect(
            refusal { _ = try store.restore(Data("{\"a\": 1, \"a\": 2}".utf8)) } == [
                "1:10: the key \"a\" appears twice"
            ])

        let tables = """
            {
              "decisions": [],
              "holidays": [
                {"country": "PL", "subdivision": "", "date": "2027-01-01", "name": "New Year", "colour": "red"},
                {"country": "PL", "subdivision": "", "date": "2027-01-06", "name": null}
              ],
              "import_runs": [{"id": "one", "imported_at": "x", "source": "y", "summary": "z"}],
              "people": [{"id": 5}]
            }
            """
        #expect(
            refusal { _ = try store.restore(try restoreDocument(tables)) } == [
                "$.tables.decisions: unknown table: this database has no table 'decisions' to restore",
                "$.tables.holidays[0].colour: unknown column: table holidays has no column 'colour'",
                "$.tables.import_runs[0].id: expected an integer or null (the column is INTEGER), found \"one\"",
                "$.tables.people[0].id: expected a string or null (the column is TEXT), found 5",
            ])

        let constraints = """
            {
              "holidays": [
                {"country": "PL", "subdivision": "", "date": "2027-01-01", "name": "New Year"},
                {"country": "PL", "subdivision": "", "date": "2027-01-06", "name": null},
                {"country": "PL", "subdivision": "", "date": "2027-01-01", "name": "New Year"}
              ],
              "activities": [
                {"id": "a-1", "event_id": "ev-missing", "kind": "study_visit", "title": "T",
                 "start_utc": "2027-01-01T10:00:00Z", "end_utc": "2027-01-01T12:00:00Z", "time_zone": "Europe/Warsaw",
                 "status": "planned", "agenda": "[]"}
              ],
              "allocation_overrides": [
                {"id": 1, "application_id": "app-1", "action": "maybe", "actor": "a", "reason": "r", "at": "t"}
              ]
            }
            """
        let problems = refusal { _ = try store.restore(try restoreDocument(constraints)) }
        #expect(problems.contains("$.tables.holidays[1].name: must have a value (NOT NULL)"), "\(problems)")
        #expect(
            problems.contains(
                "$.tables.holidays[2]: the same country, subdivision, date, name \"PL\", \"\", \"2027-01-01\", "
                    + "\"New Year\" as $.tables.holidays[0]: must be unique"), "\(problems)")
        #expect(problems.contains { $0.hasPrefix("$.tables.allocation_overrides[0].action: breaks the rule") })
        #expect(problems.count == 3, "\(problems)")

        let references = """
            {
              "activities": [
                {"id": "a-1", "event_id": "ev-missing", "kind": "study_visit", "title": "T",
                 "start_utc": "2027-01-01T10:00:00Z", "end_utc": "2027-01-01T12:00:00Z", "time_zone": "Europe/Warsaw",
                 "status": "planned", "agenda": "[]"}
              ]
            }
            """
        #expect(
            refusal { _ = try store.restore(try restoreDocument(references)) } == [
                "$.tables.activities[0].event_id: \"ev-missing\" is not in table mutual_events: the document has no row "
                    + "it refers to"
            ])
        #expect(try store.exportJSON(includeSecrets: true) == empty, "nothing was restored")
    }

    @Test("a database that holds data is not restored into")
    func notEmpty() throws {
        let store = try RegistryStore.inMemory()
        let document = try restoreDocument(
            #"{"holidays": [{"country": "PL", "subdivision": "", "date": "2027-01-01", "name": "New Year"}]}"#)
        _ = try store.restore(document)
        let error = #expect(throws: RestoreError.self) { _ = try store.restore(document) }
        #expect(error?.description.contains("already holds data (table holidays: 1 rows)") == true)
    }

    @Test("a backup taken while another connection writes is a consistent, sound copy")
    func backupWhileWriting() async throws {
        let path = RepositoryPaths.temporaryDatabase()
        let store = try RegistryStore.open(path: path)
        let region = HolidayRegion(country: CountryCode(rawValue: "PL")!)
        func holidays(_ round: Int) -> [Holiday] {
            (1...(round % 7 + 1)).map { day in
                Holiday(region: region, date: LocalDate(year: 2027, month: 1, day: day)!, name: "round \(round)")
            }
        }
        try store.synchronously { try $0.replaceHolidays(holidays(0), regions: [region]) }
        let writer = Task.detached {
            let other = try RegistryStore.open(path: path)
            for round in 1...300 {
                try other.synchronously { try $0.replaceHolidays(holidays(round), regions: [region]) }
            }
        }
        var copies: [String] = []
        for index in 0..<4 {
            let copy = path + ".copy-\(index)"
            try store.backup(to: copy)
            copies.append(copy)
        }
        try await writer.value
        for copy in copies {
            let restored = try RegistryStore.openReadOnly(path: copy)
            #expect(try restored.integrityCheck() == ["ok"])
            let stored = try restored.synchronously { try $0.holidays() }
            let rounds = Set(stored.map(\.name))
            #expect(rounds.count == 1, "one snapshot: every holiday from the same write, found \(rounds)")
            let name = try #require(rounds.first)
            let round = try #require(Int(name.dropFirst("round ".count)))
            #expect(stored.count == round % 7 + 1)
        }
        #expect(throws: StoreError.self) { try store.backup(to: copies[0]) }
        let leftovers = try FileManager.default.contentsOfDirectory(
            atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path
        ).filter { $0.contains(".partial-") && $0.contains(URL(fileURLWithPath: path).lastPathComponent) }
        #expect(leftovers.isEmpty)
    }

    @Test("a read-only open reads and exports a 0444 file, refuses writes and leaves the file byte-identical")
    func readOnly() throws {
        let path = RepositoryPaths.temporaryDatabase()
        do {
            let store = try RegistryStore.open(path: path)
            let registry = try RegistryReader().read(
                directory: URL(fileURLWithPath: RepositoryPaths.fixtures), displayPath: "fixtures")
            _ = try store.synchronously { try $0.apply(registry, source: "fixtures", at: now) }
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        let store = try RegistryStore.openReadOnly(path: path)
        #expect(try store.synchronously { try $0.registry() }?.enterprises.isEmpty == false)
        #expect(try store.exportJSON().count > 10_000)
        #expect(throws: StoreError.self) {
            try store.synchronously {
                try $0.replaceHolidays([], regions: [HolidayRegion(country: CountryCode(rawValue: "PL")!)])
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(throws: StoreError.self) { _ = try RegistryStore.openReadOnly(path: path + ".missing") }
    }
}
