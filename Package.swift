// swift-tools-version: 6.2

import PackageDescription

/// Settings for every target we own: Swift 6 language mode comes from the tools version;
/// warnings are errors and existentials are spelled out.
let strict: [SwiftSetting] = [
    .treatAllWarnings(as: .error),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "twinlink",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "twinlink", targets: ["twinlink"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.3"),
    ],
    targets: [
        // The pure core: domain types and rules. Foundation only.
        .target(
            name: "TwinLinkDomain",
            dependencies: ["TwinLinkLocalization"],
            swiftSettings: strict
        ),
        // Regulations and seat allocation: eligibility, quotas, priority, waitlist. Pure.
        .target(
            name: "TwinLinkAllocation",
            dependencies: ["TwinLinkDomain", "TwinLinkLocalization"],
            swiftSettings: strict
        ),
        // Plans study visits and online meetings from mutual events. Pure.
        .target(
            name: "TwinLinkPlanning",
            dependencies: ["TwinLinkDomain", "TwinLinkLocalization"],
            swiftSettings: strict
        ),
        // The 1:1 meeting (B2B matchmaking) scheduler with its upper bound. Pure, Foundation only.
        .target(
            name: "TwinLinkMeetingScheduler",
            dependencies: ["TwinLinkDomain"],
            swiftSettings: strict
        ),
        // E-mail messages (RFC 5322 / MIME) that carry invites. Pure, Foundation only.
        .target(
            name: "TwinLinkMail",
            dependencies: ["TwinLinkDomain"],
            swiftSettings: strict
        ),
        // Catalogues, CLDR plural rules and locale formatting (dates, numbers, money, lists) in one
        // place for every language the programme offers. Foundation only.
        .target(
            name: "TwinLinkLocalization",
            resources: [.copy("Catalogues")],
            swiftSettings: strict
        ),
        // Briefing packs, information material and digests: Mustache templates kept as files.
        .target(
            name: "TwinLinkDocuments",
            dependencies: [
                "TwinLinkDomain", "TwinLinkLocalization", .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Templates")],
            swiftSettings: strict
        ),
        // Attendance, outcomes and the reports for management and funders (HTML with SVG charts, CSV).
        .target(
            name: "TwinLinkReports",
            dependencies: [
                "TwinLinkDomain", "TwinLinkLocalization", .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Templates")],
            swiftSettings: strict
        ),
        // Reads the registry from spreadsheet exports (CSV) and programme.yaml.
        .target(
            name: "TwinLinkImport",
            dependencies: [
                "TwinLinkDomain",
                "TwinLinkAllocation",
                "TwinLinkLocalization",
                .product(name: "SwiftCSV", package: "SwiftCSV"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strict
        ),
        // The embedded SQLite registry, through GRDB. The only module that imports GRDB.
        .target(
            name: "TwinLinkStore",
            dependencies: [
                "TwinLinkDomain",
                "TwinLinkAllocation",
                "TwinLinkLocalization",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strict
        ),
        // libical, as a system library (Debian: libical-dev).
        .systemLibrary(
            name: "CLibical",
            pkgConfig: "libical",
            providers: [.apt(["libical-dev"])]
        ),
        // The only Swift module that imports libical.
        .target(
            name: "TwinLinkCalendar",
            dependencies: ["TwinLinkDomain", "CLibical"],
            swiftSettings: strict
        ),
        // Fetches partner cities' event feeds by URL (issue 12): public addresses only, bounded.
        // The only module that imports AsyncHTTPClient.
        .target(
            name: "TwinLinkFeedFetch",
            dependencies: [
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: strict
        ),
        // Use cases shared by the command line and (later) the web.
        .target(
            name: "TwinLinkApp",
            dependencies: [
                "TwinLinkDomain", "TwinLinkImport", "TwinLinkStore", "TwinLinkCalendar", "TwinLinkPlanning",
                "TwinLinkMail", "TwinLinkAllocation", "TwinLinkDocuments", "TwinLinkMeetingScheduler",
                "TwinLinkReports", "TwinLinkLocalization", "TwinLinkFeedFetch",
            ],
            swiftSettings: strict
        ),
        // The coordinator's web desk (`twinlink serve`). The only module that imports Hummingbird.
        .target(
            name: "TwinLinkWeb",
            dependencies: [
                "TwinLinkApp", "TwinLinkDomain", "TwinLinkStore", "TwinLinkMail", "TwinLinkAllocation",
                "TwinLinkReports", "TwinLinkImport", "TwinLinkLocalization", "TwinLinkDocuments", "TwinLinkFeedFetch",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Templates"), .copy("Static"), .copy("Catalogues")],
            swiftSettings: strict
        ),
        // The command-line shell.
        .target(
            name: "TwinLinkCLI",
            dependencies: [
                "TwinLinkApp",
                "TwinLinkStore",
                "TwinLinkWeb",
                "TwinLinkDomain",
                "TwinLinkMeetingScheduler",
                "TwinLinkReports",
                "TwinLinkAllocation",
                "TwinLinkLocalization",
                "TwinLinkDocuments",
                "TwinLinkPlanning",
                "TwinLinkImport",
                "TwinLinkFeedFetch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "twinlink",
            dependencies: ["TwinLinkCLI"],
            swiftSettings: strict
        ),
        // Builders and paths shared by the test targets.
        .target(
            name: "TwinLinkTestSupport",
            path: "Tests/TwinLinkTestSupport",
            swiftSettings: strict
        ),
        .testTarget(
            name: "TwinLinkDomainTests",
            dependencies: ["TwinLinkDomain"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "TwinLinkImportTests",
            dependencies: ["TwinLinkImport", "TwinLinkDomain", "TwinLinkTestSupport"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "TwinLinkStoreTests",
            dependencies: [
                "TwinLinkStore", "TwinLinkDomain", "TwinLinkImport", "TwinLinkAllocation", "TwinLinkTestSupport",
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "TwinLinkAllocationTests",
            dependencies: [
                "TwinLinkAllocation", "TwinLinkDomain", "TwinLinkImport", "TwinLinkTestSupport", "TwinLinkLocalization",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "TwinLinkPlanningTests",
            dependencies: [
                "TwinLinkPlanning", "TwinLinkDomain", "TwinLinkImport", "TwinLinkCalendar", "TwinLinkTestSupport",
                "TwinLinkLocalization",
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "TwinLinkMeetingSchedulerTests",
            dependencies: [
                "TwinLinkMeetingScheduler", .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "TwinLinkDocumentsTests",
            dependencies: [
                "TwinLinkDocuments", "TwinLinkDomain", "TwinLinkImport", "TwinLinkLocalization", "TwinLinkTestSupport",
            ],
            exclude: ["Golden"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "TwinLinkReportsTests",
            dependencies: ["TwinLinkReports", "TwinLinkDomain", "TwinLinkLocalization", "TwinLinkTestSupport"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "TwinLinkWebTests",
            dependencies: [
                "TwinLinkWeb", "TwinLinkApp", "TwinLinkStore", "TwinLinkDomain", "TwinLinkImport",
                "TwinLinkTestSupport", "TwinLinkFeedFetch",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "TwinLinkLocalizationTests",
            dependencies: ["TwinLinkLocalization"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "TwinLinkMailTests",
            dependencies: ["TwinLinkMail"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "TwinLinkCalendarTests",
            dependencies: ["TwinLinkCalendar", "TwinLinkDomain"],
            exclude: ["Golden"],
            swiftSettings: strict
        ),
        // The use cases on in-memory and file stores, as the shells drive them.
        .testTarget(
            name: "TwinLinkAppTests",
            dependencies: [
                "TwinLinkApp", "TwinLinkStore", "TwinLinkDomain", "TwinLinkAllocation", "TwinLinkLocalization",
                "TwinLinkImport", "TwinLinkCalendar", "TwinLinkMail", "TwinLinkTestSupport",
                // Only to sabotage a transaction from outside, as another process could.
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "TwinLinkEndToEndTests",
            dependencies: ["twinlink", "TwinLinkApp", "TwinLinkDomain", "TwinLinkTestSupport"],
            swiftSettings: strict
        ),
    ]
)

// Benchmarks: release-build executables that print their figures. Built only when asked
// (`TWINLINK_BENCHMARKS=1 swift run -c release AllocationBenchmark`), so `swift build` builds what a user needs.
if Context.environment["TWINLINK_BENCHMARKS"] != nil {
    package.targets += [
        .executableTarget(
            name: "AllocationBenchmark",
            dependencies: ["TwinLinkAllocation", "TwinLinkDomain"],
            path: "Benchmarks/AllocationBenchmark",
            swiftSettings: strict
        ),
        .executableTarget(
            name: "DocumentsBenchmark",
            dependencies: ["TwinLinkDocuments", "TwinLinkDomain", "TwinLinkLocalization"],
            path: "Benchmarks/DocumentsBenchmark",
            swiftSettings: strict
        ),
        .executableTarget(
            name: "InviteBenchmark",
            dependencies: ["TwinLinkCalendar", "TwinLinkDomain"],
            path: "Benchmarks/InviteBenchmark",
            swiftSettings: strict
        ),
        .executableTarget(
            name: "MeetingSchedulerBenchmark",
            dependencies: ["TwinLinkMeetingScheduler"],
            path: "Benchmarks/MeetingSchedulerBenchmark",
            swiftSettings: strict
        ),
    ]
}

// Fuzzing (scripts/fuzz.sh): the harness is a target only when TWINLINK_FUZZ is set, so that
// ordinary builds and tests stay as they are.
if Context.environment["TWINLINK_FUZZ"] != nil {
    package.targets.append(
        .executableTarget(
            name: "TwinLinkFuzz",
            dependencies: ["TwinLinkImport", "TwinLinkCalendar", "TwinLinkMeetingScheduler", "TwinLinkDomain"],
            path: "Fuzz/Sources/TwinLinkFuzz",
            swiftSettings: strict
        ))
}
