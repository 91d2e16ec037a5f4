import Foundation
import Testing
import TwinLinkDomain
import TwinLinkImport
import TwinLinkStore
import TwinLinkTestSupport

private let now = Date(timeIntervalSince1970: 1_796_000_000)

private func fixtures() async throws -> Registry {
    try RegistryReader().read(directory: URL(fileURLWithPath: RepositoryPaths.fixtures), displayPath: "fixtures")
}

@Suite("The SQLite registry store")
struct RegistryStoreTests {
    @Test("an empty database gets every migration, foreign keys on")
    func migrationsFromEmpty() async throws {
        let store = try RegistryStore.inMemory()
        await #expect(
            try store.write({ try $0.appliedMigrations() }) == [
                "v1-registry", "v1-programme-cycle", "v2-planning", "v3-allocation", "v4-invites", "v5-attendance",
                "v6-registry-history", "v7-accounts", "v8-people-language", "v9-outbox", "v10-activity-title-message",
                "v11-portal", "v12-desk-outbox-failure", "v13-engine-messages", "v14-portal-erasures",
                "v15-material-issues", "v16-table-versions", "v17-online-applications", "v18-invite-folders",
                "v19-partner-feeds", "v20-session-fingerprints",
            ])
        await #expect(try store.write({ try $0.foreignKeysEnabled() }))
        await #expect(try store.write({ try $0.registry() }) == nil)
        let counts = try await store.write({ try $0.rowCounts() })
        #expect(counts["local_enterprises"] == 0)
        #expect(counts["invites"] == 0)
        #expect(counts["allocation_decisions"] == 0)
    }

    @Test("a database file uses write-ahead logging and migrates once")
    func fileDatabase() async throws {
        let path = RepositoryPaths.temporaryDatabase()
        do {
            let store = try RegistryStore.open(path: path)
            await #expect(try store.write({ try $0.journalMode() }) == "wal")
            await #expect(try store.write({ try $0.foreignKeysEnabled() }))
        }
        let reopened = try RegistryStore.open(path: path)
        #expect(
            try await reopened.read({ try $0.appliedMigrations() })
                == (try await RegistryStore.inMemory().read({ try $0.appliedMigrations() })))
    }

    @Test("a database in a folder that does not exist is a clear error")
    func missingFolder() {
        #expect {
            _ = try RegistryStore.open(path: "/nonexistent-folder/x.sqlite")
        } throws: { error in
            "\(error)"
                == "cannot open the database '/nonexistent-folder/x.sqlite': the folder '/nonexistent-folder' does not exist"
        }
    }

    @Test("the fixtures round-trip through the database unchanged")
    func roundTrip() async throws {
        let registry = try await fixtures()
        let store = try RegistryStore.inMemory()
        let changes = try await store.write({ [registry] access in
            try access.apply(registry, source: "fixtures", at: now)
        })
        #expect(changes.tables.first { $0.name == "local_enterprises" }?.inserted == registry.enterprises.count)
        let stored = try await #require(try store.write({ try $0.registry() }))
        #expect(stored.enterprises == registry.enterprises)
        #expect(stored.events == registry.events)
        #expect(stored.people == registry.people)
        #expect(stored == registry)
        await #expect(try store.write({ try $0.importHistory() }).count == 1)
    }

    @Test("re-importing the same registry changes nothing")
    func idempotent() async throws {
        let registry = try await fixtures()
        let store = try RegistryStore.inMemory()
        _ = try await store.write({ [registry] access in try access.apply(registry, source: "fixtures", at: now) })
        let again = try await store.write({ [registry] access in
            try access.apply(registry, source: "fixtures", at: now)
        })
        #expect(!again.changed)
        #expect(again.tables.allSatisfy { $0.inserted == 0 && $0.updated == 0 && $0.notInFiles == 0 })
        await #expect(try store.write({ try $0.importHistory() }).count == 1)
    }

    @Test("an edited record is updated in place, keyed by its id; records no longer listed are kept")
    func editedRow() async throws {
        var registry = try await fixtures()
        let store = try RegistryStore.inMemory()
        _ = try await store.write({ [registry] access in try access.apply(registry, source: "fixtures", at: now) })
        registry.enterprises[0].offer = "A new offer"
        let removed = registry.meetingRequests.removeLast()
        let changes = try await store.write({ [registry] access in
            try access.apply(registry, source: "fixtures", at: now)
        })
        let firms = try #require(changes.tables.first { $0.name == "local_enterprises" })
        #expect(firms.updated == 1)
        #expect(firms.unchanged == registry.enterprises.count - 1)
        #expect(changes.tables.first { $0.name == "meeting_requests" }?.notInFiles == 1)
        let stored = try await #require(try store.write({ try $0.registry() }))
        #expect(stored.enterprises[0].offer == "A new offer")
        #expect(stored.meetingRequests.contains(removed))
    }

    @Test("a write that breaks a foreign key leaves the database exactly as it was")
    func allOrNothing() async throws {
        var registry = try await fixtures()
        let store = try RegistryStore.inMemory()
        _ = try await store.write({ [registry] access in try access.apply(registry, source: "fixtures", at: now) })
        let before = try await store.write({ try $0.rowCounts() })
        registry.enterprises[0].offer = "changed before the failure"
        registry.applications[0].enterpriseID = Identifier(trusted: "no-such-firm")
        await #expect(throws: StoreError.self) {
            _ = try await store.write({ [registry] access in try access.apply(registry, source: "fixtures", at: now) })
        }
        await #expect(try store.write({ try $0.rowCounts() }) == before)
        await #expect(try store.write({ try $0.registry() }) == (try fixtures()))
    }
}
