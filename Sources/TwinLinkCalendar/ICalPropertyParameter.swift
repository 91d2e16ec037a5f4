import CLibical

extension ICalProperty {
    /// The first parameter of a kind, such as `CN` or `PARTSTAT`; it belongs to the property.
    func parameter(_ kind: icalparameter_kind) -> OpaquePointer? {
        icalproperty_get_first_parameter(pointer, kind)
    }
}
