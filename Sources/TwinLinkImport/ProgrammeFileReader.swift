import Foundation
import TwinLinkDomain
import TwinLinkLocalization
import Yams

/// Reads `programme.yaml`, reporting each problem with its line and key path.
struct ProgrammeFileReader {
    let file: String
    let log: IssueLog

    private static let knownKeys: [String: Set<String>] = [
        "": [
            "name", "home_city", "coordinating_unit", "organiser", "currency", "languages", "reference_date",
            "calendars",
            "planning",
        ],
        "home_city": ["name", "country", "time_zone", "postcodes", "business_hours", "subdivision"],
        "planning": [
            "arrive_days_before", "depart_days_after", "introduction_lead_days", "follow_up_delay_days",
            "online_meeting_minutes", "video", "b2b_session", "seed",
        ],
        "planning.b2b_session": ["hours", "slot_minutes", "tables", "max_meetings_per_participant"],
        "organiser": ["name", "email"],
    ]

    func read(_ text: String) -> Programme? {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                log.report(
                    file, 1, field: "(document)", value: "", "the file is empty; expected the programme settings")
                return nil
            }
            root = node
        } catch {
            let (line, problem) = YAMLErrorText.describe(error, text: text)
            log.report(file, line, field: "(syntax)", value: "", "not valid YAML: \(problem)")
            return nil
        }
        guard let top = mapping(root, path: "") else { return nil }
        let homeNode = top["home_city"]
        let home = homeNode.flatMap { mapping($0, path: "home_city") }
        let organiserNode = top["organiser"]
        let organiser = organiserNode.flatMap { mapping($0, path: "organiser") }
        if homeNode == nil { missing("home_city", at: root) }
        if organiserNode == nil { missing("organiser", at: root) }

        let name = string(top, "name", in: root)
        let unit = string(top, "coordinating_unit", in: root)
        let cityName = home.flatMap { string($0, "home_city.name", key: "name", in: homeNode!) }
        let country = home.flatMap {
            parsed($0, "home_city.country", key: "country", in: homeNode!, expected: CountryCode.rule, Parse.country)
        }
        let zone = home.flatMap {
            parsed($0, "home_city.time_zone", key: "time_zone", in: homeNode!, expected: TimeZoneID.rule, Parse.zone)
        }
        let postcodes = home.flatMap { postcodeList($0, in: homeNode!) }
        let hours: BusinessHours?? =
            home.map {
                optionalParsed($0, "home_city.business_hours", key: "business_hours", expected: BusinessHours.rule) {
                    BusinessHours(iso: $0)
                }
            } ?? .some(nil)
        let organiserName = organiser.flatMap { string($0, "organiser.name", key: "name", in: organiserNode!) }
        let organiserEmail = organiser.flatMap {
            parsed($0, "organiser.email", key: "email", in: organiserNode!, expected: EmailAddress.rule, Parse.email)
        }
        let currency = optionalParsed(top, "currency", key: "currency", expected: CurrencyCode.rule) {
            CurrencyCode(rawValue: $0)
        }
        let referenceDate = optionalParsed(top, "reference_date", key: "reference_date", expected: LocalDate.rule) {
            LocalDate(iso: $0)
        }
        let languages = languageList(top)
        let subdivision: String?? =
            home.map {
                optionalParsed(
                    $0, "home_city.subdivision", key: "subdivision", expected: "an ISO 3166-2 code such as PL-12"
                ) {
                    HolidayRegion.isSubdivision($0) ? $0 : nil
                }
            } ?? .some(nil)
        let calendars = optionalParsed(top, "calendars", key: "calendars", expected: "a folder path") {
            $0.isEmpty ? nil : $0
        }
        let planning = top["planning"].map { planningSettings($0) } ?? .standard

        guard let name, let unit, let cityName, let country, let zone, let postcodes, let hours,
            let organiserName, let organiserEmail, let currency, let referenceDate, let languages, let subdivision,
            let calendars, let planning
        else { return nil }
        if let subdivision, !subdivision.hasPrefix(country.rawValue + "-") {
            log.report(
                file, line(homeNode!), field: "home_city.subdivision", value: subdivision,
                "the subdivision must belong to the country \(country)")
            return nil
        }
        return Programme(
            name: name,
            homeCity: HomeCity(
                name: cityName, country: country, timeZone: zone, postcodes: postcodes,
                businessHours: hours ?? .standard),
            coordinatingUnit: unit, organiser: Organiser(name: organiserName, email: organiserEmail),
            currency: currency ?? .euro, languages: languages.isEmpty ? [.english] : languages,
            referenceDate: referenceDate, planning: planning, calendarsPath: calendars)
    }

    // MARK: - Planning settings

    /// The `planning` section; every key is optional and defaults to `PlanningSettings.standard`.
    private func planningSettings(_ node: Node) -> PlanningSettings? {
        guard let map = mapping(node, path: "planning") else { return nil }
        let standard = PlanningSettings.standard
        let dayCount = "a whole number of days from 0 to 14"
        let arrive = optionalParsed(map, "planning.arrive_days_before", key: "arrive_days_before", expected: dayCount) {
            Int($0).flatMap { (0...14).contains($0) ? $0 : nil }
        }
        let depart = optionalParsed(map, "planning.depart_days_after", key: "depart_days_after", expected: dayCount) {
            Int($0).flatMap { (0...14).contains($0) ? $0 : nil }
        }
        let rangeRule = "a range of days such as 14-28 (from 1 to 180, the smaller first)"
        let lead = optionalParsed(
            map, "planning.introduction_lead_days", key: "introduction_lead_days", expected: rangeRule
        ) {
            Self.dayRange($0)
        }
        let delay = optionalParsed(
            map, "planning.follow_up_delay_days", key: "follow_up_delay_days", expected: rangeRule
        ) {
            Self.dayRange($0)
        }
        let minutes = optionalParsed(
            map, "planning.online_meeting_minutes", key: "online_meeting_minutes",
            expected: "a whole number of minutes from 15 to 480, a multiple of 15"
        ) { Int($0).flatMap { (15...480).contains($0) && $0 % 15 == 0 ? $0 : nil } }
        let video = optionalParsed(
            map, "planning.video", key: "video",
            expected: "'jitsi', 'jitsi https://SERVER', a fixed https:// address, or an address containing {activity}"
        ) { Self.video($0) }
        let session = map["b2b_session"].map { businessMeetingSettings($0) } ?? .standard
        let seed = optionalParsed(map, "planning.seed", key: "seed", expected: "a whole number from 0 to 2^64-1") {
            UInt64($0)
        }
        guard let arrive, let depart, let lead, let delay, let minutes, let video, let session, let seed else {
            return nil
        }
        return PlanningSettings(
            arriveDaysBefore: arrive ?? standard.arriveDaysBefore, departDaysAfter: depart ?? standard.departDaysAfter,
            introductionLeadDays: lead ?? standard.introductionLeadDays,
            followUpDelayDays: delay ?? standard.followUpDelayDays,
            onlineMeetingMinutes: minutes ?? standard.onlineMeetingMinutes, video: video ?? standard.video,
            businessMeetings: session, seed: seed)
    }

    private func businessMeetingSettings(_ node: Node) -> BusinessMeetingSettings? {
        guard let map = mapping(node, path: "planning.b2b_session") else { return nil }
        let standard = BusinessMeetingSettings.standard
        let hours = optionalParsed(map, "planning.b2b_session.hours", key: "hours", expected: BusinessHours.rule) {
            BusinessHours(iso: $0)
        }
        let slot = optionalParsed(
            map, "planning.b2b_session.slot_minutes", key: "slot_minutes", expected: "minutes from 5 to 120"
        ) { Int($0).flatMap { (5...120).contains($0) ? $0 : nil } }
        let tables = optionalParsed(
            map, "planning.b2b_session.tables", key: "tables", expected: "a whole number of tables from 1 to 1000"
        ) { Int($0).flatMap { (1...1000).contains($0) ? $0 : nil } }
        let cap = optionalParsed(
            map, "planning.b2b_session.max_meetings_per_participant", key: "max_meetings_per_participant",
            expected: "a whole number from 1 to 100"
        ) { Int($0).flatMap { (1...100).contains($0) ? $0 : nil } }
        guard let hours, let slot, let tables, let cap else { return nil }
        let settings = BusinessMeetingSettings(
            hours: hours ?? standard.hours, slotMinutes: slot ?? standard.slotMinutes,
            tables: tables ?? standard.tables,
            maxMeetingsPerParticipant: cap ?? standard.maxMeetingsPerParticipant)
        guard settings.slotCount >= 1 else {
            log.report(
                file, line(node), field: "planning.b2b_session", value: settings.hours.iso,
                "the session is shorter than one slot of \(settings.slotMinutes) minutes")
            return nil
        }
        return settings
    }

    static func dayRange(_ text: String) -> ClosedRange<Int>? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let low = Int(parts[0].trimmingCharacters(in: .whitespaces)),
            let high = Int(parts[1].trimmingCharacters(in: .whitespaces)), 1 <= low, low <= high, high <= 180
        else { return nil }
        return low...high
    }

    static func video(_ text: String) -> VideoMeetingSetting? {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        if parts.first == "jitsi" {
            guard parts.count <= 2 else { return nil }
            guard parts.count == 2 else { return PlanningSettings.standard.video }
            return parts[1].hasPrefix("https://") ? .jitsi(server: parts[1]) : nil
        }
        guard parts.count == 1, text.hasPrefix("https://") || text.hasPrefix("http://") else { return nil }
        return text.contains("{activity}") ? .pattern(text) : .fixed(url: text)
    }

    // MARK: - Node access

    private func line(_ node: Node) -> Int { node.mark?.line ?? 1 }

    private func mapping(_ node: Node, path: String) -> [String: Node]? {
        guard let mapping = node.mapping else {
            log.report(
                file, line(node), field: path.isEmpty ? "(document)" : path, value: node.string ?? "",
                "expected a mapping of keys to values")
            return nil
        }
        var result: [String: Node] = [:]
        let known = Self.knownKeys[path] ?? []
        for (keyNode, valueNode) in mapping {
            let key = keyNode.string ?? ""
            let fullKey = path.isEmpty ? key : "\(path).\(key)"
            if !known.contains(key) {
                log.report(
                    file, line(keyNode), field: fullKey, value: valueNode.string ?? "",
                    "unknown key; expected one of \(known.sorted().joined(separator: ", "))")
            } else if result[key] != nil {
                log.report(file, line(keyNode), field: fullKey, value: valueNode.string ?? "", "the key appears twice")
            } else {
                result[key] = valueNode
            }
        }
        return result
    }

    private func missing(_ path: String, at parent: Node) {
        log.report(file, line(parent), field: path, value: "", "required key is missing")
    }

    private func string(_ map: [String: Node], _ path: String, key: String? = nil, in parent: Node) -> String? {
        let key = key ?? path
        guard let node = map[key] else {
            missing(path, at: parent)
            return nil
        }
        guard let scalar = node.scalar, !scalar.string.trimmingCharacters(in: .whitespaces).isEmpty else {
            log.report(file, line(node), field: path, value: node.string ?? "", "expected a non-empty text")
            return nil
        }
        return scalar.string.trimmingCharacters(in: .whitespaces)
    }

    private func parsed<T>(
        _ map: [String: Node], _ path: String, key: String, in parent: Node, expected: String, _ parse: (String) -> T?
    ) -> T? {
        guard let text = string(map, path, key: key, in: parent) else { return nil }
        guard let value = parse(text) else {
            log.report(file, line(map[key]!), field: path, value: text, "expected \(expected)")
            return nil
        }
        return value
    }

    /// `.some(nil)` when the key is absent, `nil` when it is malformed.
    private func optionalParsed<T>(
        _ map: [String: Node], _ path: String, key: String, expected: String, _ parse: (String) -> T?
    ) -> T?? {
        guard let node = map[key] else { return .some(nil) }
        guard let text = node.scalar?.string, let value = parse(text) else {
            log.report(file, line(node), field: path, value: node.string ?? "", "expected \(expected)")
            return nil
        }
        return .some(value)
    }

    private func postcodeList(_ map: [String: Node], in parent: Node) -> [PostcodePattern]? {
        guard let node = map["postcodes"] else {
            missing("home_city.postcodes", at: parent)
            return nil
        }
        guard let sequence = node.sequence, !sequence.isEmpty else {
            log.report(
                file, line(node), field: "home_city.postcodes", value: node.string ?? "",
                "expected a list of postcodes, such as [\"30-*\", \"31-*\"]")
            return nil
        }
        var patterns: [PostcodePattern] = []
        for item in sequence {
            guard let text = item.string, let pattern = PostcodePattern(rawValue: text) else {
                log.report(
                    file, line(item), field: "home_city.postcodes", value: item.string ?? "",
                    "expected \(PostcodePattern.rule)")
                continue
            }
            patterns.append(pattern)
        }
        return patterns.count == sequence.count ? patterns : nil
    }

    private func languageList(_ map: [String: Node]) -> [LanguageCode]? {
        guard let node = map["languages"] else { return [] }
        guard let sequence = node.sequence else {
            log.report(
                file, line(node), field: "languages", value: node.string ?? "", "expected a list such as [pl, en]")
            return nil
        }
        var languages: [LanguageCode] = []
        for item in sequence {
            guard let code = item.string.flatMap(Parse.language) else {
                log.report(
                    file, line(item), field: "languages", value: item.string ?? "", "expected \(LanguageCode.rule)")
                continue
            }
            guard CatalogueSet.shippedLanguages.contains(code.rawValue) else {
                log.report(
                    file, line(item), field: "languages", value: code.rawValue,
                    "this language has no catalogue; available languages: "
                        + CatalogueSet.shippedLanguages.joined(separator: ", "))
                continue
            }
            languages.append(code)
        }
        return languages.count == sequence.count ? languages : nil
    }
}
