import Foundation
public import TwinLinkCalendar
import TwinLinkDomain
public import TwinLinkImport
import TwinLinkStore

/// Use case: `twinlink import-replies FILE|DIR`. Reads `METHOD:REPLY` files as calendar clients
/// send them and records each person's answer (PARTSTAT) on the invite it answers. A reply for
/// an unknown UID, or from someone the invite was not sent to, is reported and not recorded.
public enum ImportReplies {
    public struct Outcome: Sendable, Hashable {
        public let file: String
        public let uid: String
        public let attendee: String
        public let status: String
        /// `nil` when recorded; otherwise why not.
        public let problem: String?
    }

    /// Records the replies in `files` (calendar replies as data, each named as messages should
    /// name it: an upload by its file name, a file by its path).
    public static func run(files: [InputFile], workspace: Workspace) async throws(TwinLinkError) -> [Outcome] {
        var replies: [(source: String, reply: InviteReply)] = []
        for file in files {
            do {
                replies += try ReplyReader().replies(in: file.data, file: file.name).map {
                    (source: file.name, reply: $0)
                }
            } catch {
                throw .badCalendar(error)
            }
        }
        return try await record(replies, workspace: workspace)
    }

    /// Records the replies in the file at `path`, or in every `.ics` file of the folder at `path`.
    public static func run(path: String, workspace: Workspace) async throws(TwinLinkError) -> [Outcome] {
        var files: [InputFile] = []
        for url in try replyFiles(at: path) {
            do {
                files.append(InputFile(name: url.path, data: try Data(contentsOf: url)))
            } catch {
                throw .badCalendar(
                    CalendarReadError(file: url.path, line: nil, problem: .unreadable(error.localizedDescription)))
            }
        }
        return try await run(files: files, workspace: workspace)
    }

    /// Records replies already read (`source` names where each came from: a file, or the web
    /// portal's RSVP form), with the same checks as replies from files.
    public static func record(
        _ replies: [(source: String, reply: InviteReply)], workspace: Workspace
    ) async throws(TwinLinkError) -> [Outcome] {
        let registry = try await workspace.registry()
        let invites: [Invite]
        do {
            invites = try await workspace.store.reading({ try $0.invites() })
        } catch {
            throw .store(error)
        }
        let byUID = Dictionary(uniqueKeysWithValues: invites.map { ($0.uid, $0) })
        let emails = Dictionary(uniqueKeysWithValues: registry.people.map { ($0.id, $0.email.rawValue.lowercased()) })
        var outcomes: [Outcome] = []
        var accepted: [(String, String)] = []
        for (file, reply) in replies {
            let email = reply.attendee.email.lowercased()
            var problem: String?
            if let invite = byUID[reply.uid] {
                if emails[invite.personID] != email {
                    problem =
                        "\(reply.attendee.email) was not invited to \(reply.uid); the invite went to \(emails[invite.personID] ?? "someone else")"
                } else if invite.lastMethod == .cancel {
                    problem = "the invite \(reply.uid) was cancelled; the answer comes too late"
                }
            } else {
                problem = "no invite with UID \(reply.uid) was sent"
            }
            if problem == nil { accepted.append((reply.uid, reply.participationStatus.rawValue)) }
            outcomes.append(
                Outcome(
                    file: file, uid: reply.uid, attendee: reply.attendee.email,
                    status: reply.participationStatus.rawValue, problem: problem))
        }
        do {
            for (uid, status) in accepted {
                try await workspace.store.writing({ try $0.recordParticipation(uid: uid, status: status) })
            }
        } catch {
            throw .store(error)
        }
        return outcomes
    }

    private static func replyFiles(at path: String) throws(TwinLinkError) -> [URL] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .notReady("no such file or folder: \(path)")
        }
        guard isDirectory.boolValue else { return [URL(fileURLWithPath: path)] }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(".ics") }
        return names.sorted().map { URL(fileURLWithPath: path).appendingPathComponent($0) }
    }
}
