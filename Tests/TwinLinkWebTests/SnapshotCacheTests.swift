import Foundation
import HummingbirdTesting
import Testing
import TwinLinkApp
import TwinLinkDomain
import TwinLinkStore
import TwinLinkWeb

@Suite("Cached registry")
struct SnapshotCacheTests {
    @Test("a change written by another connection (the command line) shows on the next page view")
    func changeFromOutside() async throws {
        let harness = try await DeskHarness.make()
        let session = harness.sessions["auditor"]!
        try await harness.test { client in
            let before = try await Browser(cookie: session.cookie).get(client, "/registry/smes/sme-codewawel")
            #expect(before.text.contains("CodeWawel sp. z o.o."))
            // Another process's connection: a Workspace of its own on the same file.
            let other = try Workspace(databasePath: harness.options.databasePath)
            var registry = try await other.registry()
            let index = try #require(registry.enterprises.firstIndex { $0.id.rawValue == "sme-codewawel" })
            registry.enterprises[index].legalName = "CodeWawel Renamed S.A."
            let renamed = registry
            _ = try await other.store.write({ try $0.apply(renamed, source: "test", at: Date()) })
            let after = try await Browser(cookie: session.cookie).get(client, "/registry/smes/sme-codewawel")
            #expect(after.text.contains("CodeWawel Renamed S.A."))
            #expect(!after.text.contains("CodeWawel sp. z o.o."))
        }
    }
}

@Suite("Cached page values")
struct CachedPageValueTests {
    @Test("a visit first seen before its allocation shows the decisions after it")
    func decisionsAfterAllocation() async throws {
        let harness = try await DeskHarness.make()
        let session = harness.sessions["coordinator"]!
        let visit = "visit-ev-2027-05-nuremberg-forum"
        try await harness.test { client in
            let before = try await Browser(cookie: session.cookie).get(client, "/allocation/\(visit)")
            #expect(!before.text.contains("id=\"decisions\""))
            // Allocated from outside the desk (the command line's use case on its own connection).
            let other = try Workspace(databasePath: harness.options.databasePath)
            let registry = try await other.registry()
            _ = try await AllocateSeats.run(
                activity: CommandArguments.identifier(visit, "activity"), workspace: other,
                now: Format.referenceInstant(registry.programme), actor: "cli")
            let after = try await Browser(cookie: session.cookie).get(client, "/allocation/\(visit)")
            #expect(after.text.contains("id=\"decisions\""))
            #expect(after.text.contains("Withdraw app-0118"))
        }
    }
}
