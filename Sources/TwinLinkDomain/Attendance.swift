import Foundation

/// Whether a person came to an activity day or a 1:1 meeting.
public struct AttendanceRecord: Hashable, Sendable, Codable {
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        case attended
        case noShow = "no_show"
        case excused
        case lateCancellation = "late_cancellation"
    }

    public var activityID: Identifier<Activity>
    public var personID: Identifier<Person>
    /// The activity day, or `nil` for the whole activity.
    public var day: LocalDate?
    /// The 1:1 meeting, where the record is about one.
    public var meetingRequestID: Identifier<MeetingRequest>?
    public var status: Status
    /// Where it came from: a check-in file and line, an RSVP reply, or a person at the CLI.
    public var source: String

    public init(
        activityID: Identifier<Activity>, personID: Identifier<Person>, day: LocalDate? = nil,
        meetingRequestID: Identifier<MeetingRequest>? = nil, status: Status, source: String
    ) {
        self.activityID = activityID
        self.personID = personID
        self.day = day
        self.meetingRequestID = meetingRequestID
        self.status = status
        self.source = source
    }
}

/// What came of a meeting or of a firm's participation (programme step 9), from the first sign of
/// interest to a joint project; ``RecordedOutcome`` keeps one report of it.
public enum OutcomeKind: String, Hashable, Sendable, Codable, CaseIterable {
    case followUpAgreed = "follow_up_agreed"
    case lead
    case offerSent = "offer_sent"
    case contract
    case jointProject = "joint_project"

    /// Reads the `outcome` column of an outcome file (or `--outcome`): `none` or a kind, `-` or
    /// `_` between words. Returns `.some(nil)` for `none`, `nil` for anything else unknown.
    public static func parse(code: String) -> OutcomeKind?? {
        let normalised = code.lowercased().replacingOccurrences(of: "-", with: "_")
        if normalised == noneCode { return .some(nil) }
        guard let kind = OutcomeKind(rawValue: normalised) else { return nil }
        return .some(kind)
    }

    /// The code written for "nothing came of it (yet)".
    public static let noneCode = "none"

    public static let rule = "none, follow_up_agreed, lead, offer_sent, contract or joint_project"
}

/// A public holiday in a region (a country, or a subdivision such as Scotland), from a holiday
/// calendar. A subdivision's calendar lists every holiday that applies there, national ones too.
public struct Holiday: Hashable, Sendable, Codable {
    public var region: HolidayRegion
    public var date: LocalDate
    public var name: String

    public init(region: HolidayRegion, date: LocalDate, name: String) {
        self.region = region
        self.date = date
        self.name = name
    }
}

/// Where a holiday calendar applies: a country (`PL`) or one of its subdivisions (`GB-SCT`).
public struct HolidayRegion: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let country: CountryCode
    /// ISO 3166-2 code such as `GB-SCT`; `nil` for the whole country.
    public let subdivision: String?

    public init(country: CountryCode, subdivision: String? = nil) {
        self.country = country
        self.subdivision = subdivision
    }

    /// Parses `PL` or `GB-SCT` (an ISO 3166-2 code starting with its country).
    public init?(code: String) {
        let parts = code.split(separator: "-", maxSplits: 1)
        guard let country = parts.first.flatMap({ CountryCode(rawValue: String($0)) }) else { return nil }
        if parts.count == 2 {
            guard Self.isSubdivision(code) else { return nil }
            self.init(country: country, subdivision: code)
        } else {
            self.init(country: country)
        }
    }

    /// `CC-XXX`: the country code, a hyphen and 1–3 letters or digits.
    public static func isSubdivision(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 2 && CountryCode(rawValue: String(parts[0])) != nil && (1...3).contains(parts[1].count)
            && parts[1].allSatisfy { ($0.isASCII && $0.isUppercase) || $0.isASCIIDigit }
    }

    public var code: String { subdivision ?? country.rawValue }
    public var description: String { code }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.code < rhs.code }
}

extension AttendanceRecord.Status {
    /// Reads `attended`, `no_show`, `excused`, `late_cancellation`, also with hyphens.
    public init?(code: String) {
        self.init(rawValue: code.lowercased().replacingOccurrences(of: "-", with: "_"))
    }

    public static let rule = "attended, no_show, excused or late_cancellation"
}
