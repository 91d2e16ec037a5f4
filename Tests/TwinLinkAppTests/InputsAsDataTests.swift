import Foundation
import Testing
import TwinLinkApp
import TwinLinkCalendar
import TwinLinkDomain
import TwinLinkImport
import TwinLinkStore
import TwinLinkTestSupport

/// Calendars, calendar replies and the attendance, outcome and cost sheets given as data (an
/// upload): the same checks and results as the same files read from a folder, and messages that
/// name each file as it was given.
@Suite("Inputs as data: an upload and a folder go through the same code")
struct InputsAsDataTests {
    /// An in-memory store with the fixtures' registry imported.
    static func registryOnly() async throws -> Workspace {
        let workspace = Workspace(store: try RegistryStore.inMemory())
        _ = try await ImportRegistry.run(directory: RepositoryPaths.fixtures, into: workspace.store, now: Date())
        return workspace
    }

    /// The same, with the activities planned.
    static func planned() async throws -> Workspace {
        let workspace = try await registryOnly()
        _ = try await PlanActivities.run(workspace: workspace, now: try await workspace.now())
        return workspace
    }

    /// A file of the repository as an upload named `name`.
    static func upload(_ relativePath: String, as name: String) throws -> InputFile {
        InputFile(name: name, data: try Data(contentsOf: RepositoryPaths.root.appendingPathComponent(relativePath)))
    }

    /// The error a use case refused with; `nil` when it did not refuse.
    static func refusal<T>(_ body: () async throws(TwinLinkError) -> T) async -> TwinLinkError? {
        do {
            _ = try await body()
            return nil
        } catch {
            return error
        }
    }

    @Test("calendars uploaded give the same holidays, events and report as the same files in a folder")
    func calendarsUploadedAndFromAFolder() async throws {
        let names = ["holidays-PL.ics", "holidays-DE-BY.ics", "events-kyoto.ics"]
        let folder = try Programme.temporaryFolder()
        for name in names {
            try FileManager.default.copyItem(
                at: RepositoryPaths.root.appendingPathComponent("calendars/\(name)"),
                to: folder.appendingPathComponent(name))
        }
        let fromUpload = try await Self.registryOnly()
        let fromFolder = try await Self.registryOnly()
        let now = try await fromUpload.now()
        let uploaded = try await ImportCalendars.run(
            files: try names.map { try Self.upload("calendars/\($0)", as: $0) }, workspace: fromUpload, now: now)
        let read = try await ImportCalendars.run(path: folder.path, workspace: fromFolder, now: now)
        #expect(uploaded == read)
        #expect((uploaded.holidays[try #require(HolidayRegion(code: "PL"))] ?? 0) > 10)
        #expect(uploaded.eventsInserted > 0)
        let holidays = try await fromUpload.store.read { try $0.holidays() }
        #expect(holidays == (try await fromFolder.store.read { try $0.holidays() }))
        #expect(try await fromUpload.registry().events == (try await fromFolder.registry().events))
    }

    @Test("a broken calendar upload is refused with its own name and line, and nothing is stored")
    func brokenCalendarUpload() async throws {
        let workspace = try await Self.registryOnly()
        let now = try await workspace.now()
        let good = try Self.upload("calendars/holidays-PL.ics", as: "holidays-PL.ics")
        let broken = InputFile(
            name: "holidays-DE.ics",
            data: Data(
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:2026010\r\nEND:VEVENT\r\n".utf8))
        let error = await Self.refusal { () async throws(TwinLinkError) in
            try await ImportCalendars.run(files: [good, broken], workspace: workspace, now: now)
        }
        guard case .badCalendar(let read)? = error else {
            Issue.record("expected a broken calendar, got \(String(describing: error))")
            return
        }
        #expect(read.file == "holidays-DE.ics")
        #expect(read.description.hasPrefix("holidays-DE.ics:1: "))
        #expect(try await workspace.store.read { try $0.holidays() }.isEmpty)
    }

    @Test("an uploaded calendar is a holiday calendar or a feed by its name, or by the region given for it")
    func calendarUploadNames() async throws {
        let workspace = try await Self.registryOnly()
        let now = try await workspace.now()
        let unnamed = try Self.upload("calendars/holidays-PL.ics", as: "public.ics")
        let error = await Self.refusal { () async throws(TwinLinkError) in
            try await ImportCalendars.run(files: [unnamed], workspace: workspace, now: now)
        }
        guard case .invalidArgument(let message)? = error else {
            Issue.record("expected a refusal, got \(String(describing: error))")
            return
        }
        #expect(message.hasPrefix("public.ics: the file name does not say what it holds"))

        let withRegion = try await ImportCalendars.run(files: [unnamed], region: "PL", workspace: workspace, now: now)
        #expect((withRegion.holidays[try #require(HolidayRegion(code: "PL"))] ?? 0) > 10)

        let twoWithRegion = await Self.refusal { () async throws(TwinLinkError) in
            try await ImportCalendars.run(files: [unnamed, unnamed], region: "PL", workspace: workspace, now: now)
        }
        guard case .invalidArgument? = twoWithRegion else {
            Issue.record("a region for several files was accepted: \(String(describing: twoWithRegion))")
            return
        }

        let unknownCity = try Self.upload("calendars/events-kyoto.ics", as: "events-atlantis.ics")
        let notFound = await Self.refusal { () async throws(TwinLinkError) in
            try await ImportCalendars.run(files: [unknownCity], workspace: workspace, now: now)
        }
        guard case .notFound(let message, _)? = notFound else {
            Issue.record("expected an unknown partner city, got \(String(describing: notFound))")
            return
        }
        #expect(message.hasPrefix("events-atlantis.ics: no partner city 'atlantis'"))
    }

    @Test("calendar replies as data are recorded on the invite they answer; a broken one is named as given")
    func repliesAsData() async throws {
        let workspace = try await Self.planned()
        let now = try await workspace.now()
        _ = try await WriteInvites.run(workspace: workspace, output: OutputCollection(), now: now)
        let invite = try #require(try await workspace.store.read { try $0.invites() }.first)
        let registry = try await workspace.registry()
        let email = try #require(registry.people.first { $0.id == invite.personID }?.email.rawValue)
        let reply = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//Mail client//EN", "METHOD:REPLY", "BEGIN:VEVENT",
            "UID:\(invite.uid)", "DTSTAMP:20261202T090000Z", "SEQUENCE:0", "DTSTART:20271018T080000Z",
            "ORGANIZER:mailto:bridge@twinlink.example", "ATTENDEE;PARTSTAT=ACCEPTED:mailto:\(email)", "END:VEVENT",
            "END:VCALENDAR", "",
        ].joined(separator: "\r\n")
        let outcomes = try await ImportReplies.run(
            files: [InputFile(name: "answer.ics", data: Data(reply.utf8))], workspace: workspace)
        #expect(outcomes.count == 1)
        #expect(outcomes.first?.file == "answer.ics")
        #expect(outcomes.first?.problem == nil)
        let stored = try await workspace.store.read { try $0.invites() }.first { $0.uid == invite.uid }
        #expect(stored?.participationStatus == "ACCEPTED")

        let error = await Self.refusal { () async throws(TwinLinkError) in
            try await ImportReplies.run(
                files: [InputFile(name: "garbage.ics", data: Data("not a calendar".utf8))], workspace: workspace)
        }
        guard case .badCalendar(let read)? = error else {
            Issue.record("expected a broken reply, got \(String(describing: error))")
            return
        }
        #expect(read.file == "garbage.ics")
    }

    @Test("a check-in list uploaded records the same as the file read from its path")
    func attendanceSheetUploadedAndFromAPath() async throws {
        let path = RepositoryPaths.fixtures + "/attendance/ev-2026-09-lviv-rebuild.csv"
        let fromUpload = try await Self.planned()
        let fromPath = try await Self.planned()
        let now = try await fromUpload.now()
        let uploaded = try await AttendanceImport.run(
            [(try Self.upload("fixtures/attendance/ev-2026-09-lviv-rebuild.csv", as: "door.csv"), .attendance)],
            workspace: fromUpload, now: now)
        let read = try await AttendanceImport.run([(path, .attendance)], workspace: fromPath, now: now)
        #expect(uploaded.files == ["door.csv"])
        #expect(read.files == [path])
        #expect(uploaded.changes == read.changes)
        let rows = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").count - 1
        #expect(uploaded.changes.tables.first { $0.name == "attendance" }?.inserted == rows)
    }

    @Test("a cost sheet uploaded is recorded; bad outcome and cost rows name the upload, and nothing is recorded")
    func costAndOutcomeSheetsAsData() async throws {
        let workspace = try await Self.planned()
        let now = try await workspace.now()
        let costs = try await AttendanceImport.run(
            [(try Self.upload("fixtures/costs/activity_costs.csv", as: "spent.csv"), .costs)], workspace: workspace,
            now: now)
        #expect(costs.files == ["spent.csv"])
        #expect((costs.changes.tables.first { $0.name == "activity_costs" }?.inserted ?? 0) > 0)

        let badCosts = InputFile(
            name: "costs.csv",
            data: Data(
                "activity,preparation_hours,hourly_rate,hall,service,sme_cost_per_delegate,note\r\nno-such-activity,6,45.00,0,0,0,\r\n"
                    .utf8))
        let badOutcomes = InputFile(
            name: "survey.csv",
            data: Data(
                "meeting,activity,sme,partner_enterprise,check,outcome,date,rating,note\r\n,no-such-activity,sme-pod-wiatr,pent-leith-distillers,initial,follow_up_agreed,2026-08-28,9,\r\n"
                    .utf8))
        let before = try await workspace.store.read { try $0.attendanceCosts() }
        let error = await Self.refusal { () async throws(TwinLinkError) in
            try await AttendanceImport.run(
                [(badCosts, .costs), (badOutcomes, .outcomes)], workspace: workspace, now: now)
        }
        guard case .badInput(let failure)? = error else {
            Issue.record("expected bad rows, got \(String(describing: error))")
            return
        }
        #expect(Set(failure.issues.map(\.file)) == ["costs.csv", "survey.csv"])
        #expect(failure.issues.allSatisfy { $0.line == 2 })
        #expect(try await workspace.store.read { try $0.attendanceCosts() } == before)
    }
}
