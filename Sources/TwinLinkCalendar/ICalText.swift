import CLibical
import Foundation

/// Text prepared for libical, and properties libical cannot escape on its own.
enum ICalText {
    /// Text for a TEXT value: line breaks become `\n` (libical writes them as `\n`), other
    /// control characters, which RFC 5545 does not allow, are dropped.
    static func value(_ text: String) -> String {
        guard ControlCharacters.contained(in: text, allowing: [0x0A, 0x09]) else { return text }
        let scalars = text.unicodeScalars
        guard scalars.contains(where: { $0 != "\n" && $0 != "\t" && $0.properties.generalCategory == .control }) else {
            return text
        }
        var result = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in scalars {
            defer { previous = scalar }
            if scalar == "\n" && previous == "\r" { continue }
            if scalar == "\r" || scalar == "\n" {
                result.append("\n")
            } else if scalar == "\t" || scalar.properties.generalCategory != .control {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Text for a parameter value such as `CN`: one line, and no `"` — RFC 5545 does not allow
    /// it inside a parameter, and the RFC 6868 `^'` that libical writes instead is unknown to
    /// Outlook and vobject — so `"` becomes `'`. libical quotes values with `,`, `;` or `:`.
    static func parameter(_ text: String) -> String {
        if !text.utf8.contains(0x22), !ControlCharacters.contained(in: text) { return text }
        let oneLine = value(text).map { $0 == "\n" || $0 == "\t" ? " " : $0 }
        return String(oneLine).replacingOccurrences(of: "\"", with: "'")
    }

    /// An `X-` property with a TEXT value that libical escapes fully.
    ///
    /// libical 3.0.16 escapes `,` and `;` in a TEXT value unless the value belongs to an `X-`
    /// property, where it writes them raw (and a pre-escaped `\,` would come out as `\\,`).
    /// Detaching the value from its property before serialising takes that exception away; the
    /// property still owns the value and frees it.
    static func xProperty(name: String, text: String) -> OpaquePointer {
        guard let property = icalproperty_new(ICAL_X_PROPERTY), let textValue = icalvalue_new_text(value(text)) else {
            preconditionFailure("libical could not make an \(name) property")
        }
        icalproperty_set_x_name(property, name)
        icalproperty_set_value(property, textValue)
        icalvalue_set_parent(textValue, nil)
        return property
    }
}
