import CLibical
import Foundation

/// Lists the occurrences of a VEVENT with `icalcomponent_foreach_recurrence`, which applies
/// RRULE, RDATE and EXDATE (a bare `icalrecur_iterator` ignores EXDATE).
enum RecurrenceExpander {
    /// The result of one expansion.
    struct Expansion {
        /// The start of each occurrence, in seconds since 1970, in the order libical found them.
        var starts: [Int] = []
        /// True when more occurrences were found than the limit allows; `starts` is then cut.
        var exceededLimit = false
        fileprivate var limit: Int

        fileprivate mutating func add(_ start: Int) {
            guard starts.count < limit else {
                exceededLimit = true
                return
            }
            starts.append(start)
        }
    }

    /// The occurrences of `event` whose span, as libical measures it, overlaps `from..<to`.
    ///
    /// libical measures an all-day occurrence to the end of its last day, and for all-day events
    /// its span starts at midnight UTC of the day. Callers filter the result precisely.
    static func occurrenceStarts(
        of event: ICalComponent,
        from: Date,
        to: Date,
        limit: Int
    ) -> Expansion {
        var expansion = Expansion(limit: limit)
        withUnsafeMutablePointer(to: &expansion) { pointer in
            icalcomponent_foreach_recurrence(
                event.pointer,
                ICalTime.utc(from),
                ICalTime.utc(to),
                { _, span, context in
                    guard let span, let context else { return }
                    context.assumingMemoryBound(to: Expansion.self).pointee.add(Int(span.pointee.start))
                },
                UnsafeMutableRawPointer(pointer)
            )
        }
        return expansion
    }
}
