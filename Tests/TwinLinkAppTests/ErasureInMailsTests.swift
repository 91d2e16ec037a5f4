import Foundation
import Testing
import TwinLinkApp
import TwinLinkDomain
import TwinLinkMail
import TwinLinkStore
import TwinLinkTestSupport

/// Erasure reaches what MIME hides (issue 12): after a person is erased, their address and name
/// are found in no stored e-mail once every part is decoded (base64, quoted-printable, encoded
/// header words, folded calendar lines) by an independent reader — python's `email` package — and
/// no invite file of theirs is left in a folder the command line wrote invites into.
@Suite("Erasure inside sent e-mails")
struct ErasureInMailsTests {
    /// Łukasz Duda of Geoplan: seated on the Nuremberg forum, a name that MIME must encode.
    static let email = "lukasz.duda@geoplan.example"
    static let name = "Łukasz Duda"
    static let personID = "person-geoplan-1"

    /// For each stored message: how often each needle occurs in it with every part decoded (and
    /// calendar lines unfolded), and in its raw text.
    static func search(_ messages: [String], for needles: [String]) throws -> [[String: [Int]]] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("erasure-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("messages.json")
        try JSONSerialization.data(withJSONObject: ["messages": messages, "needles": needles]).write(to: input)
        let script = """
            import email, email.policy, json, sys
            data = json.load(open(sys.argv[1], encoding="utf-8"))
            found = []
            for text in data["messages"]:
                message = email.message_from_string(text, policy=email.policy.default)
                texts = [str(value) for value in message.values()]
                for part in message.walk():
                    texts += [str(value) for value in part.values()]
                    if part.is_multipart():
                        continue
                    body = part.get_payload(decode=True).decode("utf-8")
                    texts.append(body.replace("\\r\\n ", "").replace("\\n ", ""))
                decoded = "\\n".join(texts).lower()
                found.append({n: [decoded.count(n.lower()), text.lower().count(n.lower())] for n in data["needles"]})
            json.dump(found, sys.stdout)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, input.path]
        let pipe = Pipe()
        let errors = Pipe()
        process.standardOutput = pipe
        process.standardError = errors
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        let problems = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "python: \(problems)")
        return try #require(try JSONSerialization.jsonObject(with: output) as? [[String: [Int]]])
    }

    @Test("no decoded part of any stored e-mail, and no invite file in a known folder, keeps the person")
    func erasureDecoded() async throws {
        let workspace = Workspace(store: try RegistryStore.inMemory())
        let now = try await {
            _ = try await ImportRegistry.run(directory: RepositoryPaths.fixtures, into: workspace.store, now: Date())
            return try await workspace.now()
        }()
        _ = try await PlanActivities.run(workspace: workspace, now: now)
        _ = try await AllocateSeats.runAll(workspace: workspace, now: now, actor: "test")
        // The command line's `invites --out FOLDER` with delivery: files in the folder, e-mails sent.
        let temporary = try Programme.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let out = temporary.appendingPathComponent("invites")
        let (sendmail, _) = try Programme.sendmail(in: temporary)
        let report = try await WriteInvites.run(
            workspace: workspace, output: OutputFolder(out.path), now: now, sendmail: sendmail)
        #expect(report.sent > 0)
        let files = { (prefix: String) -> [String] in
            (FileManager.default.enumerator(atPath: out.path)?.allObjects as? [String] ?? []).filter {
                ($0 as NSString).lastPathComponent.hasPrefix(prefix)
            }
        }
        #expect(!files(Self.personID).isEmpty, "no invite of \(Self.personID) was written")
        let others = files("person-")
        let before = try await workspace.store.read { try $0.outbox() }
        #expect(before.allSatisfy { $0.state == .sent })
        let theirs = before.filter { $0.recipient == Self.email }
        #expect(!theirs.isEmpty)
        // The encoding hides the name from a plain search: decoded, it is there.
        let found = try Self.search(theirs.map(\.message), for: [Self.name, Self.email])
        #expect(found.allSatisfy { $0[Self.name]![0] > 0 && $0[Self.email]![0] > 0 })
        #expect(found.contains { $0[Self.name]![1] == 0 }, "every message shows the name unencoded")

        let account = try await AccountStore(workspace.store).addAccount(
            email: Self.email, role: .sme, organisationID: "sme-geoplan", passwordHash: nil, actor: "test", at: now)
        try await PortalPersonalData.erase(account: account, workspace: workspace, now: now)

        let after = try await workspace.store.read { try $0.outbox() }
        #expect(after.count == before.count)
        let decoded = try Self.search(after.map(\.message), for: [Self.name, Self.email])
        for (message, counts) in zip(after, decoded) {
            #expect(counts[Self.email] == [0, 0], "\(message.uid) keeps the address")
            #expect(counts[Self.name] == [0, 0], "\(message.uid) keeps the name")
        }
        // Their own e-mails are notices now, still on record as sent; everyone else's are the same bytes.
        for message in after where theirs.contains(where: { $0.id == message.id }) {
            #expect(message.message.contains("erased at their request"))
            #expect(message.state == .sent && message.recipient.hasSuffix("@erased.invalid"))
        }
        // Others' e-mails: those that named the person (decoded) are scrubbed, the rest keep their bytes.
        let mentioned = try Self.search(before.map(\.message), for: [Self.name, Self.email])
        let untouched = Dictionary(uniqueKeysWithValues: before.map { ($0.id, $0.message) })
        var scrubbed = 0
        for (message, counts) in zip(before, mentioned) where !theirs.contains(where: { $0.id == message.id }) {
            let now = after.first { $0.id == message.id }?.message
            if counts[Self.name]![0] + counts[Self.email]![0] == 0 {
                #expect(now == untouched[message.id], "\(message.uid) to \(message.recipient) changed")
            } else {
                scrubbed += 1
                #expect(now != untouched[message.id])
            }
        }
        print("erasure: \(theirs.count) e-mails to the person replaced, \(scrubbed) others scrubbed")
        // The command line's folder is known to the database: the person's files are gone, no one else's.
        #expect(try await workspace.store.read { try $0.inviteFolders() } == [out.standardizedFileURL.path])
        #expect(files(Self.personID).isEmpty)
        #expect(
            Set(files("person-")) == Set(others.filter { !($0 as NSString).lastPathComponent.hasPrefix(Self.personID) })
        )
    }

    @Test("another person's e-mail that names the erased one: decoded, scrubbed, encoded again, the rest kept")
    func scrubOthersMail() throws {
        // A coordinator's note to a partner's contact naming the person: the name in the subject
        // (encoded-words), the quoted-printable text and the base64 calendar, the address folded
        // across two calendar lines.
        let calendar = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//TwinLink//Invites 1.0//EN", "METHOD:REQUEST", "BEGIN:VEVENT",
            "UID:b2b-1@twinlink.example", "DTSTAMP:20270115T080000Z", "DTSTART:20270512T080000Z",
            "SUMMARY:Spotkanie 1:1 — Geoplan (Łukasz Duda) i Dürer Digital",
            "DESCRIPTION:Kontakt: Łukasz Duda\\, lukasz.duda@geo",
            " plan.example\\, tel. w rejestrze", "ORGANIZER:mailto:programme@twinlink.example",
            "ATTENDEE;CN=Anna Berger:mailto:anna.berger@duerer.example", "END:VEVENT", "END:VCALENDAR", "",
        ].joined(separator: "\r\n")
        let email = InviteEmail(
            from: MailAddress(name: "Biuro Programu Kraków", address: "programme@twinlink.example"),
            to: MailAddress(name: "Anna Berger", address: "anna.berger@duerer.example"),
            subject: "Spotkanie z Łukasz Duda (Geoplan), 12 maja", date: Date(timeIntervalSince1970: 1_800_000_000),
            textBody: "Dzień dobry,\nPani rozmówcą będzie Łukasz Duda (LUKASZ.DUDA@geoplan.example).\nPozdrawiamy",
            calendarText: calendar, method: .request, uid: "b2b-1@twinlink.example", sequence: 0)
        let message = try InviteEmailWriter().write(email)
        #expect(!message.contains(Self.name), "the name is not hidden by the encoding")
        let erasedName = "Erased person (\(Self.personID))"
        let erasedEmail = "erased.\(Self.personID)@erased.invalid"
        let scrubbed = MailErasure.scrub(
            message,
            replacing: [(text: Self.email, replacement: erasedEmail), (text: Self.name, replacement: erasedName)])
        let counts = try Self.search([message, scrubbed], for: [Self.name, Self.email, erasedName, "Anna Berger"])
        #expect(counts[0][Self.name]![0] > 0 && counts[0][Self.email]![0] > 0)
        #expect(counts[1][Self.name] == [0, 0] && counts[1][Self.email] == [0, 0])
        #expect(counts[1][erasedName]![0] == counts[0][Self.name]![0])
        #expect(counts[1]["Anna Berger"]![0] == counts[0]["Anna Berger"]![0])
        // Each part keeps its transfer encoding; a message without the person keeps its bytes.
        for encoding in ["quoted-printable", "base64"] {
            #expect(
                message.components(separatedBy: "Content-Transfer-Encoding: \(encoding)").count
                    == scrubbed.components(separatedBy: "Content-Transfer-Encoding: \(encoding)").count)
        }
        #expect(MailErasure.scrub(message, replacing: [(text: "nobody@nowhere.example", replacement: "x")]) == message)
        // The notice for an e-mail sent to the person keeps its date and id, nothing else.
        let notice = MailErasure.notice(replacing: message, recipient: erasedEmail, erasedOn: "2026-12-06")
        #expect(notice.contains("Date: ") && notice.contains("Message-ID: "))
        #expect(
            try Self.search([notice], for: [Self.name, "Anna Berger", "Spotkanie"])[0].values.allSatisfy {
                $0 == [0, 0]
            })
    }
}
