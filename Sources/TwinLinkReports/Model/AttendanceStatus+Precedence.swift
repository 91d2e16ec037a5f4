import Foundation
public import TwinLinkDomain
public import TwinLinkLocalization

extension AttendanceRecord.Status {
    /// How strongly a status speaks for the person's participation in the whole activity: anyone
    /// who attended one day or one meeting attended; else a no-show outweighs a late cancellation,
    /// which outweighs an excuse.
    var precedence: Int {
        switch self {
        case .attended: 3
        case .noShow: 2
        case .lateCancellation: 1
        case .excused: 0
        }
    }

    /// The status of a person at an activity, from all their records there (days, meetings, the
    /// whole activity); `nil` when there are none.
    static func combined(_ statuses: [Self]) -> Self? {
        statuses.max { $0.precedence < $1.precedence }
    }

    /// `attended`, `no-show`, `excused`, `late cancellation`.
    public var label: String {
        switch self {
        case .attended: "attended"
        case .noShow: "no-show"
        case .excused: "excused"
        case .lateCancellation: "late cancellation"
        }
    }

    /// The label as a catalogue message (`report_status_no_show`), for texts in the reader's language.
    public var message: Message { Message("report_status_" + rawValue) }
}
