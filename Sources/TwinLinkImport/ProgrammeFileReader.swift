import Foundation
import TwinLinkDomain
import Yams

/// Reads `programme.yaml`, reporting each problem with its line and key path.
struct ProgrammeFileReader {
    let file: String
    let log: IssueLog

    private static let knownKeys: [String: Set<String>] = [
        "": ["name", "home_city", "coordinating_unit", "organiser", "currency", "languages", "reference_date"],
        "home_city": ["name", "country", "time_zone", "postcodes", "business_hours"],
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
        } catch let error as YamlError {
            let (line, problem) = Self.describe(error)
            log.report(file, line, field: "(syntax)", value: "", "not valid YAML: \(problem)")
            return nil
        } catch {
            log.report(file, 1, field: "(syntax)", value: "", "not valid YAML: \(error)")
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

        guard let name, let unit, let cityName, let country, let zone, let postcodes, let hours,
            let organiserName, let organiserEmail, let currency, let referenceDate, let languages
        else { return nil }
        return Programme(
            name: name,
            homeCity: HomeCity(
                name: cityName, country: country, timeZone: zone, postcodes: postcodes,
                businessHours: hours ?? .standard),
            coordinatingUnit: unit, organiser: Organiser(name: organiserName, email: organiserEmail),
            currency: currency ?? .euro, languages: languages.isEmpty ? [.english] : languages,
            referenceDate: referenceDate)
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
            languages.append(code)
        }
        return languages.count == sequence.count ? languages : nil
    }

    private static func describe(_ error: YamlError) -> (Int, String) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            (mark.line, problem)
        default:
            (1, "\(error)")
        }
    }
}
