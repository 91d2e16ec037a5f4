import TwinLinkDomain

/// What branch rules and quotas look at: a firm's size class and main sector.
struct FirmKind: Hashable {
    let sizeClass: SizeClass
    let mainSector: NACECode?
}
