/// RSVP replies in the shapes Outlook, Google Calendar, Apple Calendar and Thunderbird send.
enum ReplyFixtures {
    static let outlook = Fixtures.ics(
        """
        BEGIN:VCALENDAR
        METHOD:REPLY
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        BEGIN:VTIMEZONE
        TZID:Central European Standard Time
        BEGIN:STANDARD
        DTSTART:16010101T030000
        TZOFFSETFROM:+0200
        TZOFFSETTO:+0100
        RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
        END:STANDARD
        BEGIN:DAYLIGHT
        DTSTART:16010101T020000
        TZOFFSETFROM:+0100
        TZOFFSETTO:+0200
        RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
        END:DAYLIGHT
        END:VTIMEZONE
        BEGIN:VEVENT
        ATTENDEE;PARTSTAT=ACCEPTED;CN=Zofia Łukasiewicz-Żółć:mailto:zofia@drukarnia-k
         rakow.example.pl
        COMMENT;LANGUAGE=pl-PL:Będę\\, dziękuję.\\n
        SUMMARY;LANGUAGE=pl-PL:Zaakceptowane: Online introduction
        DTSTART;TZID=Central European Standard Time:20270316T150000
        DTEND;TZID=Central European Standard Time:20270316T163000
        UID:intro-nyc-2027@twinlink.example.org
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20270116T091500Z
        TRANSP:OPAQUE
        SEQUENCE:0
        LOCATION;LANGUAGE=pl-PL:https://meet.example.org/twinlink-intro-nyc?pwd=abc123
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2118513460
        X-MICROSOFT-CDO-REPLYTIME:20270116T091500Z
        END:VEVENT
        END:VCALENDAR

        """
    )

    static let google = Fixtures.ics(
        """
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REPLY
        BEGIN:VEVENT
        DTSTART:20270316T140000Z
        DTEND:20270316T153000Z
        DTSTAMP:20270116T101010Z
        ORGANIZER;CN="TwinLink Kraków, Programme Office":mailto:programme@twinlink.example.org
        UID:intro-nyc-2027@twinlink.example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;CN=anna@exa
         mple.com;X-NUM-GUESTS=0:mailto:anna@example.com
        CREATED:20270115T080000Z
        DESCRIPTION:
        LAST-MODIFIED:20270116T101010Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Online introduction
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR

        """
    )

    static let apple = Fixtures.ics(
        """
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Apple Inc.//macOS 14.4//EN
        METHOD:REPLY
        CALSCALE:GREGORIAN
        BEGIN:VEVENT
        ATTENDEE;CN="山田 太郎";CUTYPE=INDIVIDUAL;EMAIL="taro.yamada@example.jp";PARTS
         TAT=TENTATIVE:MAILTO:taro.yamada@example.jp
        DTEND;VALUE=DATE:20270513
        DTSTAMP:20270117T030405Z
        DTSTART;VALUE=DATE:20270510
        ORGANIZER;CN="TwinLink Kraków, Programme Office";EMAIL="programme@twinlink.ex
         ample.org":mailto:programme@twinlink.example.org
        REQUEST-STATUS:2.0;Success
        SEQUENCE:0
        SUMMARY:Study visit: Lviv IT Cluster — 3 days
        UID:visit-lviv-2027@twinlink.example.org
        END:VEVENT
        END:VCALENDAR

        """
    )

    static let thunderbird = Fixtures.ics(
        """
        BEGIN:VCALENDAR
        PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
        VERSION:2.0
        METHOD:REPLY
        BEGIN:VEVENT
        CREATED:20270118T120000Z
        LAST-MODIFIED:20270118T120000Z
        DTSTAMP:20270118T120000Z
        UID:visit-lviv-2027@twinlink.example.org
        SUMMARY:Study visit: Lviv IT Cluster — 3 days
        ORGANIZER;CN="TwinLink Kraków, Programme Office":mailto:programme@twinlink.
         example.org
        ATTENDEE;RSVP=TRUE;CN=Олена Коваленко;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPAN
         T:mailto:olena.kovalenko@lviv-it.example.ua
        DTSTART;VALUE=DATE:20270510
        DTEND;VALUE=DATE:20270513
        SEQUENCE:1
        X-MOZ-RECEIVED-SEQUENCE:1
        END:VEVENT
        END:VCALENDAR

        """
    )

    /// RFC 5546's least a reply needs: no DTSTART, no DTSTAMP, no PARTSTAT.
    static let minimal = Fixtures.calendar(
        method: "REPLY",
        """
        BEGIN:VEVENT
        UID:b2b-berlin-7@twinlink.example.org
        ATTENDEE:mailto:jan@example.de
        ORGANIZER:mailto:programme@twinlink.example.org
        END:VEVENT

        """
    )
}
