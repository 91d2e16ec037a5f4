import ArgumentParser
import Dispatch
import Foundation
import TwinLinkApp
import TwinLinkWeb

/// `twinlink serve`: the coordinator's web desk on the same database as the command line.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the coordinator's web desk.",
        discussion: """
            One process serving the database the command line uses. Logs one line per request, stops \
            cleanly on SIGTERM or SIGINT, answers GET /healthz with 'ok'. Add the first coordinator with \
            'twinlink users add EMAIL --role coordinator --password-stdin'.
            """)

    @Option(name: .long, help: ArgumentHelp("The address to listen on.", valueName: "address"))
    var host = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp("The port to listen on.", valueName: "port"))
    var port = 8080

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Write mail (sign-in links, invites) here as .eml files instead of handing it to sendmail.",
            valueName: "dir"))
    var mailOutbox: String?

    @Option(
        name: .long,
        help: ArgumentHelp("The address people open, for links in mail (default: http://HOST:PORT).", valueName: "url"))
    var publicURL: String?

    @OptionGroup var fetching: FeedFetchOptions
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let path = Workspace.resolvePath(option: database.db, environment: ProcessInfo.processInfo.environment)
        let options = WebOptions(
            host: host, port: port, databasePath: path, mailOutbox: mailOutbox, publicURL: publicURL,
            feedPolicy: try fetching.policy())
        try await serve(options)
    }
}
