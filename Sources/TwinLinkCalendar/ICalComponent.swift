import CLibical

/// An owning handle on a libical `icalcomponent`.
///
/// A component is either a *root*, which this handle owns and frees when it goes away, or a
/// *child* inside a tree, which belongs to its parent: a child handle keeps its parent handle
/// (and so the whole tree) alive and never frees anything itself.
///
/// Handles are deliberately not `Sendable`: libical components must stay on one thread, so
/// create them, use them and drop them inside one function.
final class ICalComponent {
    /// The libical component. Valid for as long as this handle lives.
    let pointer: OpaquePointer

    /// The handle of the parent component for a child; `nil` for a root this handle frees.
    private var parent: ICalComponent?

    /// Takes ownership of a root component created by libical (`new`, `clone`, parser output).
    init(taking pointer: OpaquePointer) {
        self.pointer = pointer
        self.parent = nil
    }

    private init(child pointer: OpaquePointer, of parent: ICalComponent) {
        self.pointer = pointer
        self.parent = parent
    }

    deinit {
        if parent == nil {
            icalcomponent_free(pointer)
        }
    }

    /// A new, empty component of the given kind.
    convenience init(kind: icalcomponent_kind) {
        guard let pointer = icalcomponent_new(kind) else {
            preconditionFailure("icalcomponent_new failed for kind \(kind.rawValue)")
        }
        self.init(taking: pointer)
    }

    /// Parses iCalendar text; `nil` when libical finds nothing it can read.
    ///
    /// Several top-level components come back as children of one `XROOT` component.
    static func parse(_ text: String) -> ICalComponent? {
        guard let pointer = icalparser_parse_string(text) else { return nil }
        return ICalComponent(taking: pointer)
    }

    /// A deep copy that the caller owns, detached from any tree.
    func clone() -> ICalComponent {
        guard let copy = icalcomponent_new_clone(pointer) else {
            preconditionFailure("icalcomponent_new_clone failed")
        }
        return ICalComponent(taking: copy)
    }

    /// Whether this handle owns its component (it is not inside a tree).
    var isRoot: Bool { parent == nil }

    /// The component's kind (`VCALENDAR`, `VEVENT`, ...).
    var kind: icalcomponent_kind { icalcomponent_isa(pointer) }

    /// The component's name as written in `BEGIN:` lines.
    var kindName: String {
        LibicalString.copy(icalcomponent_kind_to_string(kind)) ?? "UNKNOWN"
    }

    /// The direct children of the given kind (`ICAL_ANY_COMPONENT` for all), in document order.
    func children(ofKind childKind: icalcomponent_kind = ICAL_ANY_COMPONENT) -> [ICalComponent] {
        var result: [ICalComponent] = []
        var child = icalcomponent_get_first_component(pointer, childKind)
        while let current = child {
            result.append(ICalComponent(child: current, of: self))
            child = icalcomponent_get_next_component(pointer, childKind)
        }
        return result
    }

    /// Adds a root component as the last child (libical puts a VTIMEZONE first instead); the
    /// tree takes ownership of it.
    ///
    /// Afterwards `child` is a child handle: it stays usable and keeps this tree alive.
    func add(_ child: ICalComponent) {
        precondition(child.isRoot, "a component can only be added to one parent")
        precondition(child !== self, "a component cannot contain itself")
        icalcomponent_add_component(pointer, child.pointer)
        child.parent = self
    }

    /// Takes a child component out of this tree; `child` becomes its owner and frees it when
    /// the handle goes away.
    ///
    /// Other handles on the same child, obtained from an earlier `children(ofKind:)` call, must
    /// not be used afterwards.
    func remove(_ child: ICalComponent) {
        precondition(child.parent === self, "not a child handle of this component")
        icalcomponent_remove_component(pointer, child.pointer)
        child.parent = nil
    }

    /// The properties of the given kind (`ICAL_ANY_PROPERTY` for all), in document order.
    func properties(ofKind propertyKind: icalproperty_kind = ICAL_ANY_PROPERTY) -> [ICalProperty] {
        var result: [ICalProperty] = []
        var property = icalcomponent_get_first_property(pointer, propertyKind)
        while let current = property {
            result.append(ICalProperty(pointer: current, component: self))
            property = icalcomponent_get_next_property(pointer, propertyKind)
        }
        return result
    }

    /// The first property of the given kind, if any.
    func firstProperty(ofKind propertyKind: icalproperty_kind) -> ICalProperty? {
        icalcomponent_get_first_property(pointer, propertyKind).map {
            ICalProperty(pointer: $0, component: self)
        }
    }

    /// Adds a property that the caller created with an `icalproperty_new_*` function;
    /// the component takes ownership of it.
    func addProperty(taking property: OpaquePointer) {
        icalcomponent_add_property(pointer, property)
    }

    /// Removes a property and frees it. Drop every `ICalProperty` for it before the call.
    func removeAndFree(_ property: ICalProperty) {
        precondition(property.component === self, "not a property of this component")
        icalcomponent_remove_property(pointer, property.pointer)
        icalproperty_free(property.pointer)
    }

    /// The number of `X-LIC-ERROR` properties libical left in this component and below.
    var errorCount: Int { Int(icalcomponent_count_errors(pointer)) }

    /// The component serialised as iCalendar text (folded lines, CRLF line ends).
    var icalText: String {
        LibicalString.take(icalcomponent_as_ical_string_r(pointer)) ?? ""
    }
}
