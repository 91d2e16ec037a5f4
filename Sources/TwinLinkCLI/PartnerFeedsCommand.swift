import ArgumentParser
import Foundation
import TwinLinkApp
import TwinLinkDomain
import TwinLinkFeedFetch
import TwinLinkStore

/// How partner cities' feed URLs may be fetched: `twinlink partner-feeds` and `twinlink serve`.
struct FeedFetchOptions: ParsableArguments {
    @Flag(name: .long, help: "Accept http:// feed URLs as well as https:// (for a test server).")
    var allowHttpFeeds = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Fetch feeds from this network although it is not the public internet (repeatable; e.g. 127.0.0.1 "
                + "for a test server). By default loopback, private and link-local addresses are refused.",
            valueName: "cidr"))
    var allowFeedNetwork: [String] = []

    @Option(name: .long, help: ArgumentHelp("The time for one feed's fetch, in seconds.", valueName: "seconds"))
    var feedTimeout = 20

    @Option(name: .long, help: ArgumentHelp("The largest feed fetched, in KiB.", valueName: "KiB"))
    var feedMaxKib = 5120

    func policy() throws -> FeedFetchPolicy {
        var networks: [IPNetwork] = []
        for text in allowFeedNetwork {
            guard let network = IPNetwork(text) else {
                throw report(
                    TwinLinkError.invalidArgument(
                        "--allow-feed-network '\(text)': expected an address or a network (127.0.0.1, 10.0.0.0/8, ::1)")
                )
            }
            networks.append(network)
        }
        guard (1...600).contains(feedTimeout) else {
            throw report(TwinLinkError.invalidArgument("--feed-timeout \(feedTimeout): expected 1 to 600 seconds"))
        }
        guard (1...1_048_576).contains(feedMaxKib) else {
            throw report(TwinLinkError.invalidArgument("--feed-max-kib \(feedMaxKib): expected 1 to 1048576"))
        }
        return FeedFetchPolicy(
            allowHTTP: allowHttpFeeds, allowedNetworks: networks, maximumBytes: feedMaxKib * 1024,
            timeout: .seconds(feedTimeout))
    }
}

/// The options `partner-feeds set` and `refresh` share: who, how feeds are fetched, the database.
struct PartnerFeedsOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("Who does it, for the audit trail (default: $USER).", valueName: "name"))
    var by: String?

    @OptionGroup var fetching: FeedFetchOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: CoordinatorLanguageOption

    func resolved() throws -> (Workspace, FeedFetchPolicy, String) {
        (try database.workspace(), try fetching.policy(), actor(by))
    }
}

/// `twinlink partner-feeds`: partner cities' events by the URL of their `.ics` feed.
struct PartnerFeedsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partner-feeds",
        abstract: "Partner cities' event feeds by URL: list, set, refresh.",
        discussion: """
            A partner city gives the URL of its events' .ics feed on its portal (or here with set). refresh \
            fetches every feed (or --city's) with If-None-Match/If-Modified-Since, at most --feed-max-kib and \
            --feed-timeout, following at most 5 redirects, and imports it as 'import-calendar' imports \
            events-<CITY>.ics: new and changed events are stored, events the feed no longer lists are removed, \
            or kept and marked dropped where the programme planned with them. A feed that fails changes \
            nothing; the command names its URL (and line) and exits 65 after the others.
            """,
        subcommands: [PartnerFeedsListCommand.self, PartnerFeedsSetCommand.self, PartnerFeedsRefreshCommand.self])
}

struct PartnerFeedsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "Each partner city's feed URL and its last fetch.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: CoordinatorLanguageOption

    func run() async throws {
        let workspace = try database.workspace()
        do {
            let words = try await language.words(workspace)
            let feeds = try await PartnerFeeds.feeds(workspace: workspace)
            if feeds.isEmpty { print(words("feeds_none")) }
            for feed in feeds {
                let last =
                    feed.fetchedAt.map {
                        "\(feed.outcome.map { words.value("feeds_outcome", $0) } ?? "") \(ZonedInstant.formatUTC($0))"
                    } ?? words("feeds_never")
                print("\(feed.cityID)  \(feed.url)  (\(last))")
                if let problem = feed.problem { print("  \(problem)") }
            }
        } catch {
            throw report(error)
        }
    }
}

struct PartnerFeedsSetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Set (or, with an empty URL, remove) a partner city's event feed URL.")

    @Argument(help: ArgumentHelp("The partner city.", valueName: "city"))
    var city: String

    @Argument(help: ArgumentHelp("The feed's https:// (or webcal://) URL; '' removes it.", valueName: "url"))
    var url: String

    @OptionGroup var options: PartnerFeedsOptions

    func run() async throws {
        let (workspace, policy, who) = try options.resolved()
        do {
            let words = try await options.language.words(workspace)
            let id: Identifier<PartnerCity> = try CommandArguments.identifier(city, "partner city")
            switch try await PartnerFeeds.save(
                city: id, url: url, by: who, policy: policy, workspace: workspace, now: Date())
            {
            case .failure(let problems):
                throw report(TwinLinkError.invalidArgument(problems.byField.values.sorted().joined(separator: "; ")))
            case .success(let feed?):
                print(words("feeds_set", ["city": "\(id)", "url": feed.url]))
            case .success(nil):
                print(words("feeds_removed", ["city": "\(id)"]))
            }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw report(error)
        }
    }
}

struct PartnerFeedsRefreshCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refresh", abstract: "Fetch and import every partner city's event feed (or --city's).")

    @Option(name: .long, help: ArgumentHelp("Only this partner city (repeatable).", valueName: "id"))
    var city: [String] = []

    @OptionGroup var options: PartnerFeedsOptions

    func run() async throws {
        let (workspace, policy, who) = try options.resolved()
        var failed = false
        do {
            let words = try await options.language.words(workspace)
            let cities: [Identifier<PartnerCity>]? =
                city.isEmpty ? nil : try city.map { try CommandArguments.identifier($0, "partner city") }
            let results = try await PartnerFeeds.refresh(
                cities: cities, by: who, policy: policy, workspace: workspace, now: Date())
            if results.isEmpty { print(words("feeds_none")) }
            for result in results {
                switch result.outcome {
                case .unchanged:
                    print(words("feeds_not_modified", ["city": "\(result.cityID)", "url": result.url]))
                case .imported(let changes):
                    print("\(result.cityID): \(result.url):")
                    for line in calendarEventLines(changes, words) { print(line) }
                case .failed(let problem):
                    failed = true
                    standardError("error: \(result.cityID): \(problem)")
                }
            }
        } catch {
            throw report(error)
        }
        if failed { throw ExitCode(65) }
    }
}

/// What an import of event feeds did to the events, one line each (`import-calendar`, `partner-feeds refresh`).
func calendarEventLines(_ report: CalendarChanges, _ words: CLIWords) -> [String] {
    var lines = [
        "  "
            + words(
                "calendars_events",
                [
                    "new": words.number(report.eventsInserted), "updated": words.number(report.eventsUpdated),
                    "unchanged": words.number(report.eventsUnchanged),
                ])
    ]
    if !report.eventsRemoved.isEmpty {
        lines.append("  " + words("calendars_removed", ["ids": report.eventsRemoved.joined(separator: ", ")]))
    }
    if !report.eventsCancelled.isEmpty {
        lines.append("  " + words("calendars_dropped", ["ids": report.eventsCancelled.joined(separator: ", ")]))
    }
    if !report.eventsOwnedByRegistry.isEmpty {
        lines.append("  " + words("calendars_kept", ["ids": report.eventsOwnedByRegistry.joined(separator: ", ")]))
    }
    return lines
}
