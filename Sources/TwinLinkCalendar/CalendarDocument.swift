import CLibical
import Foundation
import TwinLinkDomain

/// One iCalendar text parsed by libical and checked, with its VEVENTs decoded.
///
/// Holds libical components: create it, read `events`, and drop it inside one function.
struct CalendarDocument {
    /// The VEVENTs in document order, across every VCALENDAR of the text.
    let events: [EventDecoder.Decoded]

    init(text: String, file: String, floatingTimeZone: String? = nil) throws(CalendarReadError) {
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let source = ICalendarSource(text)
        if let (line, problem) = source.structuralProblem() {
            throw CalendarReadError(file: file, line: line, problem: problem)
        }
        guard let root = ICalComponent.parse(text) else {
            throw CalendarReadError(file: file, line: nil, problem: .notICalendar)
        }
        let calendars = try Self.calendars(in: root, source: source, file: file)

        let blockOf = Self.eventBlockFinder(root: root, source: source)
        if root.errorCount > 0 {
            let diagnostics = Self.diagnostics(in: root, source: source, blockOf: blockOf).filter {
                !Self.isEmptyText($0.message)
            }
            if !diagnostics.isEmpty {
                throw CalendarReadError(
                    file: file, line: diagnostics.first?.line, problem: .rejectedByParser(diagnostics))
            }
        }
        var decoded: [EventDecoder.Decoded] = []
        for calendar in calendars {
            let method = calendar.firstProperty(ofKind: ICAL_METHOD_PROPERTY)?.valueText
            let floating = Self.floatingZone(of: calendar, default: floatingTimeZone)
            for event in calendar.children(ofKind: ICAL_VEVENT_COMPONENT) {
                let decoder = EventDecoder(
                    source: source, block: blockOf(event), file: file, method: method, floatingZone: floating)
                decoded.append(try decoder.decode(event))
            }
        }
        guard !decoded.isEmpty else {
            throw CalendarReadError(file: file, line: nil, problem: .noEvents)
        }
        self.events = decoded
    }

    /// The zone of floating times: the calendar's `X-WR-TIMEZONE` (Google, Apple) when libical
    /// knows it, else `name`; `nil` (UTC) when neither names a zone. Owned by libical.
    static func floatingZone(of calendar: ICalComponent, default name: String?) -> OpaquePointer? {
        let declared = calendar.properties(ofKind: ICAL_X_PROPERTY).first {
            LibicalString.copy(icalproperty_get_x_name($0.pointer))?.uppercased() == "X-WR-TIMEZONE"
        }
        for candidate in [declared?.valueText, name].compactMap({ $0?.trimmingCharacters(in: .whitespaces) }) {
            if let zone = icaltimezone_get_builtin_timezone(TimeZoneID.canonicalName(candidate)) { return zone }
        }
        return nil
    }

    /// Text properties that may be empty (RFC 5545 allows an empty TEXT value; Google Calendar
    /// writes `DESCRIPTION:` and `LOCATION:` in every export). libical drops them with an error.
    static let textProperties: Set<String> = [
        "DESCRIPTION", "LOCATION", "SUMMARY", "COMMENT", "CONTACT", "CATEGORIES", "RESOURCES",
    ]

    /// Whether a libical message only says that a text property was empty.
    static func isEmptyText(_ message: String) -> Bool {
        guard message.hasPrefix("No value for "), message.contains(" property. Removing entire property") else {
            return false
        }
        let name = message.dropFirst("No value for ".count).prefix { $0 != " " }
        return textProperties.contains(name.uppercased()) || name.uppercased().hasPrefix("X-")
    }

    /// The VCALENDARs of the parse result: the root itself, or the children of libical's XROOT.
    static func calendars(in root: ICalComponent, source: ICalendarSource, file: String)
        throws(CalendarReadError) -> [ICalComponent]
    {
        if let (line, name) = source.componentOutsideCalendar() {
            throw CalendarReadError(file: file, line: line, problem: .outsideCalendar(component: name))
        }
        switch root.kind {
        case ICAL_VCALENDAR_COMPONENT:
            return [root]
        case ICAL_XROOT_COMPONENT:
            let children = root.children()
            if let stray = children.first(where: { $0.kind != ICAL_VCALENDAR_COMPONENT }) {
                throw CalendarReadError(file: file, line: nil, problem: .outsideCalendar(component: stray.kindName))
            }
            return children
        default:
            throw CalendarReadError(file: file, line: nil, problem: .outsideCalendar(component: root.kindName))
        }
    }

    /// A function that finds the source lines of a VEVENT.
    ///
    /// libical keeps components in document order, so the n-th VEVENT of the tree is the n-th
    /// `BEGIN:VEVENT` of the text; if the counts differ, the block is found by its UID.
    static func eventBlockFinder(root: ICalComponent, source: ICalendarSource)
        -> (ICalComponent) -> Range<Int>?
    {
        var ordinals: [OpaquePointer: Int] = [:]
        func number(_ component: ICalComponent) {
            for child in component.children() {
                if child.kind == ICAL_VEVENT_COMPONENT { ordinals[child.pointer] = ordinals.count }
                number(child)
            }
        }
        number(root)
        let blocks = source.eventBlocks()
        let inOrder = blocks.count == ordinals.count
        return { [ordinals] event in
            if inOrder, let ordinal = ordinals[event.pointer] { return blocks[ordinal] }
            guard let uid = event.firstProperty(ofKind: ICAL_UID_PROPERTY)?.text else { return nil }
            return blocks.first { block in
                source.lines[block].contains { $0.name == "UID" && $0.value == uid }
            }
        }
    }

    /// libical's `X-LIC-ERROR` messages, each with the line it most likely refers to.
    static func diagnostics(
        in root: ICalComponent,
        source: ICalendarSource,
        blockOf: (ICalComponent) -> Range<Int>?
    ) -> [CalendarReadError.Diagnostic] {
        var diagnostics: [CalendarReadError.Diagnostic] = []
        func visit(_ component: ICalComponent, block: Range<Int>?) {
            let block = component.kind == ICAL_VEVENT_COMPONENT ? blockOf(component) : block
            for error in component.properties(ofKind: ICAL_XLICERROR_PROPERTY) {
                let message = LibicalString.copy(icalproperty_get_xlicerror(error.pointer)) ?? "unknown error"
                let line = source.lineNumber(ofParserMessage: message, in: block)
                diagnostics.append(CalendarReadError.Diagnostic(line: line, message: message))
            }
            for child in component.children() {
                visit(child, block: block)
            }
        }
        visit(root, block: nil)
        return diagnostics
    }
}
