extension TimeZoneID {
    /// Old IANA names that tzdata keeps as links, and the canonical name each links to (tzdata's
    /// `backward` file); a zone is stored under its canonical name, whatever a file called it.
    public static let canonicalNames: [String: String] = [
        "Europe/Kiev": "Europe/Kyiv", "Europe/Uzhgorod": "Europe/Kyiv", "Europe/Zaporozhye": "Europe/Kyiv",
        "Asia/Calcutta": "Asia/Kolkata", "Asia/Saigon": "Asia/Ho_Chi_Minh", "Asia/Katmandu": "Asia/Kathmandu",
        "Asia/Rangoon": "Asia/Yangon", "Asia/Ulan_Bator": "Asia/Ulaanbaatar", "Atlantic/Faeroe": "Atlantic/Faroe",
        "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
        "America/Indianapolis":
            "America/Indiana/Indianapolis", "Europe/Belfast": "Europe/London", "Europe/Tiraspol": "Europe/Chisinau",
        "US/Eastern": "America/New_York", "US/Central": "America/Chicago", "US/Mountain": "America/Denver",
        "US/Pacific": "America/Los_Angeles", "Pacific/Truk": "Pacific/Chuuk", "Pacific/Ponape": "Pacific/Pohnpei",
    ]

    /// The canonical name of a zone (`Europe/Kyiv` for `Europe/Kiev`); other names unchanged.
    public static func canonicalName(_ name: String) -> String {
        canonicalNames[name] ?? name
    }
}
