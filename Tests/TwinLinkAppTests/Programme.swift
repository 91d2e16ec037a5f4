import Foundation
import Testing
import TwinLinkApp
import TwinLinkDomain
import TwinLinkStore
import TwinLinkTestSupport

/// A programme run on the fixtures through the service layer, as a shell would drive it.
struct Programme {
    static let forum = Identifier<Activity>(trusted: "visit-ev-2027-05-nuremberg-forum")
    static let forumSession = Identifier<Activity>(trusted: "b2b-ev-2027-05-nuremberg-forum")

    let workspace: Workspace
    let output = OutputCollection()

    /// A fresh store (in memory unless `path` names a file) with the main job run on the fixtures.
    static func afterMainJob(path: String? = nil) async throws -> Programme {
        let store = try path.map { try RegistryStore.open(path: $0) } ?? RegistryStore.inMemory()
        let programme = Programme(workspace: Workspace(store: store))
        _ = try await MainJob.run(
            registryDirectory: RepositoryPaths.fixtures, output: programme.output, workspace: programme.workspace,
            summary: { "\($0.registry.events.count) mutual events\n" })
        return programme
    }

    /// The instant every use case runs at: the fixtures' reference date.
    func now() async throws -> Date { try await workspace.now() }

    func registry() async throws -> Registry { try await workspace.registry() }

    /// The 1:1 meetings stored for a session, by request id.
    func meetings(_ session: Identifier<Activity>) async throws -> [String] {
        try await workspace.store.read { try $0.scheduledMeetings(for: session) }.map(\.requestID.rawValue).sorted()
    }

    /// The firm a meeting request is of.
    func firm(of request: String) async throws -> Identifier<LocalEnterprise>? {
        try await registry().meetingRequests.first { $0.id.rawValue == request }?.enterpriseID
    }

    /// Writes invites into memory (a sink of its own) and returns the report.
    func invites(sendmail: URL? = nil) async throws -> WriteInvites.Report {
        try await WriteInvites.run(workspace: workspace, output: OutputCollection(), now: now(), sendmail: sendmail)
    }

    /// A temporary folder of its own.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("twinlink-app-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A sendmail stand-in (a real process) that appends each message to `log` and fails once
    /// `limit` messages were accepted.
    static func sendmail(in folder: URL, failingAfter limit: Int? = nil) throws -> (URL, URL) {
        let log = folder.appendingPathComponent("sent-\(UUID().uuidString).log")
        let script = folder.appendingPathComponent("sendmail-\(UUID().uuidString)")
        let guardLine =
            limit.map {
                "n=$(grep -c '^----$' '\(log.path)' 2>/dev/null || echo 0)\n[ \"$n\" -ge \($0) ] && { cat > /dev/null; exit 75; }\n"
            } ?? ""
        try "#!/bin/sh\n\(guardLine)cat >> '\(log.path)'\necho '----' >> '\(log.path)'\n".write(
            to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return (script, log)
    }

    /// The messages a sendmail stand-in accepted, each as its text.
    static func accepted(_ log: URL) throws -> [String] {
        guard FileManager.default.fileExists(atPath: log.path) else { return [] }
        return try String(contentsOf: log, encoding: .utf8).components(separatedBy: "----\n").filter { !$0.isEmpty }
    }
}
