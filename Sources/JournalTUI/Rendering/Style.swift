/// A meaning a piece of text has on screen; the terminal maps it to a colour pair when colour
/// is available and to plain attributes when it is not (`NO_COLOR`, `vt100`).
public enum ColorRole: Int, Sendable, CaseIterable, Hashable {
    case header
    case readOnly
    case error
    case highlight
    case selection
    case hint
    case success

    /// Attributes that carry the same meaning without colour.
    public var monochromeFallback: Style {
        switch self {
        case .header: Style(bold: true)
        case .readOnly: Style(dim: true)
        case .error: Style(bold: true)
        case .highlight: Style(underline: true)
        case .selection: Style(reverse: true)
        case .hint: Style(dim: true)
        case .success: Style(bold: true)
        }
    }
}

/// How a cell is drawn: attributes plus an optional semantic colour role.
public struct Style: Sendable, Hashable {
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool
    public var role: ColorRole?

    public init(bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false, role: ColorRole? = nil) {
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
        self.role = role
    }

    /// No attributes, default colours.
    public static let plain = Style()

    /// A plain style with a colour role.
    public static func role(_ role: ColorRole) -> Style { Style(role: role) }

    /// The attributes to use when colour is not available: the role's fallback merged in.
    public var withoutColor: Style {
        guard let role else { return self }
        let fallback = role.monochromeFallback
        return Style(
            bold: bold || fallback.bold,
            reverse: reverse || fallback.reverse,
            underline: underline || fallback.underline,
            dim: dim || fallback.dim,
            role: nil
        )
    }
}
