/// A point on Earth for the `GEO` property, in decimal degrees (WGS 84).
public struct GeoPosition: Sendable, Hashable {
    /// North is positive, from -90 to 90.
    public var latitude: Double
    /// East is positive, from -180 to 180.
    public var longitude: Double

    /// A position from latitude and longitude in decimal degrees.
    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Whether both coordinates are finite and in range.
    public var isValid: Bool {
        latitude.isFinite && longitude.isFinite && (-90...90).contains(latitude) && (-180...180).contains(longitude)
    }
}
