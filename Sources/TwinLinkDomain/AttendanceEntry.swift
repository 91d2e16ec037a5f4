public import Foundation

/// An attendance record as stored: the record and, where a check-in list gave it, when the person
/// checked in.
public struct AttendanceEntry: Hashable, Sendable {
    public var record: AttendanceRecord
    public var checkedInAt: Date?

    public init(record: AttendanceRecord, checkedInAt: Date? = nil) {
        self.record = record
        self.checkedInAt = checkedInAt
    }
}
