import Foundation

/// The portals' words in English and Polish (kept apart from the desk's `Strings`). A key missing
/// falls back to English; a test checks that every key has both.
enum PortalStrings {
    static func text(_ key: String, _ language: Language) -> String {
        guard let entry = entries[key] else { return Strings.text(key, language) }
        switch language {
        case .english: return entry.en
        case .polish: return entry.pl.isEmpty ? entry.en : entry.pl
        }
    }

    static let entries: [String: (en: String, pl: String)] = [
        "portal_home": ("Your firm", "Twoja firma"),
        "portal_profile": ("Profile", "Profil"),
        "portal_opportunities": ("Opportunities", "Możliwości"),
        "portal_applications": ("Applications", "Zgłoszenia"),
        "portal_calendar": ("Calendar", "Kalendarz"),
        "portal_menu": ("Portal menu", "Menu portalu"),
        "join_title": ("Join the programme", "Dołącz do programu"),
        "join_intro": (
            "Give your e-mail. If it is in the programme's registry for your firm, we e-mail you a sign-in link at once. If your firm is new to the programme, fill in its profile below: the coordinator checks it against the regulations and approves it.",
            "Podaj swój e-mail. Jeśli jest w rejestrze programu dla Twojej firmy, od razu wyślemy link logowania. Jeśli Twoja firma jest nowa w programie, wypełnij poniżej jej profil: koordynator sprawdzi go z regulaminem i zatwierdzi."
        ),
        "join_submit": ("Ask for access", "Poproś o dostęp"),
        "join_new_firm": ("A firm new to the programme", "Firma nowa w programie"),
        "join_sent": (
            "If your e-mail is in the registry, a sign-in link is on its way. If it is not and you filled in your firm's profile, your request is with the coordinator, who will write to you; otherwise fill in the profile and send again.",
            "Jeśli Twój e-mail jest w rejestrze, link logowania jest w drodze. Jeśli nie jest, a profil firmy został wypełniony, Twoje zgłoszenie trafiło do koordynatora, który do Ciebie napisze; w przeciwnym razie wypełnij profil i wyślij ponownie."
        ),
        "join_request_mail_subject": ("Your access to TwinLink", "Twój dostęp do TwinLink"),
        "join_approved_mail": (
            "Your firm's request to join the programme was approved. Open this link within 15 minutes to sign in:",
            "Zgłoszenie Twojej firmy do programu zostało zatwierdzone. Otwórz ten link w ciągu 15 minut, aby się zalogować:"
        ),
        "join_rejected_mail": (
            "Your firm's request to join the programme was not approved. The coordinator's reason:",
            "Zgłoszenie Twojej firmy do programu nie zostało zatwierdzone. Uzasadnienie koordynatora:"
        ),
        "join_requests": ("Join requests", "Prośby o dołączenie"),
        "join_requests_none": ("No join request is waiting.", "Żadna prośba o dołączenie nie czeka."),
        "approve": ("Approve", "Zatwierdź"),
        "reject": ("Reject", "Odrzuć"),
        "decision_note": ("Reason (sent to the firm when rejecting)", "Uzasadnienie (wysyłane firmie przy odrzuceniu)"),
        "join_approved": (
            "Approved: {0} is in the registry as {1}; a sign-in link went to {2}.",
            "Zatwierdzono: {0} jest w rejestrze jako {1}; link logowania wysłano do {2}."
        ),
        "join_rejected": ("Rejected: {0} was told why.", "Odrzucono: {0} otrzymał uzasadnienie."),
        "full_name": ("Your full name", "Imię i nazwisko"),
        "legal_name": ("Legal name of the firm", "Nazwa prawna firmy"),
        "registration_number": ("Registration number (KRS/REGON)", "Numer rejestrowy (KRS/REGON)"),
        "address": ("Address", "Adres"),
        "postcode": ("Postcode", "Kod pocztowy"),
        "staff_headcount": ("Staff headcount (annual work units)", "Liczba pracowników (roczne jednostki pracy)"),
        "annual_turnover": ("Annual turnover in EUR", "Roczny obrót w EUR"),
        "balance_sheet_total": ("Balance-sheet total in EUR", "Suma bilansowa w EUR"),
        "nace_codes": (
            "Sectors: NACE codes, main activity first (e.g. 62.01; 62.02)",
            "Sektory: kody NACE, główna działalność najpierw (np. 62.01; 62.02)"
        ),
        "offer": ("What you offer", "Co oferujesz"),
        "cooperation_needs": ("Cooperation you look for", "Jakiej współpracy szukasz"),
        "apprenticeships": ("Apprenticeships for young people", "Praktyki dla młodzieży"),
        "languages": ("Languages you work in (e.g. pl; en; de)", "Języki pracy (np. pl; en; de)"),
        "website": ("Website", "Strona internetowa"),
        "save": ("Save", "Zapisz"),
        "profile_saved": ("Saved: {0}.", "Zapisano: {0}."),
        "profile_unchanged": ("Nothing changed.", "Nic się nie zmieniło."),
        "profile_for_material": (
            "Your profile for the information material", "Twój profil do materiałów informacyjnych"
        ),
        "profile_fix": (
            "Some fields need a correction; nothing was saved.", "Niektóre pola wymagają poprawy; nic nie zapisano."
        ),
        "size_class": ("Your size class under the EU SME definition", "Twoja klasa wielkości wg unijnej definicji MŚP"),
        "size_declared": (
            "Declared figures (with partner and linked enterprises): {0}. Resulting class: {1}.",
            "Zadeklarowane dane (z przedsiębiorstwami partnerskimi i powiązanymi): {0}. Wynikowa klasa: {1}."
        ),
        "size_rule": (
            "A class applies when the staff headcount is below its ceiling and the turnover or the balance-sheet total is within its ceiling (Commission Recommendation 2003/361/EC); the smallest class that fits is yours.",
            "Klasa obowiązuje, gdy liczba pracowników jest poniżej jej progu, a obrót lub suma bilansowa mieści się w jej progu (zalecenie Komisji 2003/361/WE); Twoja jest najmniejsza pasująca klasa."
        ),
        "size_links": (
            "Partner and linked enterprises counted: {0}", "Uwzględnione przedsiębiorstwa partnerskie i powiązane: {0}"
        ),
        "class": ("Class", "Klasa"),
        "ceilings": ("Ceilings", "Progi"),
        "met": ("met", "spełnione"),
        "not_met": ("not met", "niespełnione"),
        "consents": ("Consents", "Zgody"),
        "consent_material": (
            "To appear in the information material for partner cities",
            "Na umieszczenie w materiałach informacyjnych dla miast partnerskich"
        ),
        "consent_contacts": (
            "To share our contacts with matched partners", "Na udostępnienie naszych kontaktów dopasowanym partnerom"
        ),
        "consent_given_since": ("given on {0}", "udzielona {0}"),
        "consent_withdrawn_since": ("withdrawn on {0}", "wycofana {0}"),
        "consent_from_registry": ("given (from the registry)", "udzielona (z rejestru)"),
        "consent_none": ("not given", "nieudzielona"),
        "consent_give": ("Give consent", "Udziel zgody"),
        "consent_withdraw": ("Withdraw consent", "Wycofaj zgodę"),
        "consent_history": ("History of consents", "Historia zgód"),
        "consent_saved": (
            "Your consent is recorded with today's date.", "Twoja zgoda została zapisana z dzisiejszą datą."
        ),
        "changes_pending": (
            "Changes marked for the next issue of the information material: {0}",
            "Zmiany oznaczone do następnego wydania materiałów informacyjnych: {0}"
        ),
        "eligibility": ("Access under the regulations", "Dostęp według regulaminu"),
        "check": ("Check", "Warunek"),
        "result": ("Result", "Wynik"),
        "found": ("Found", "Stwierdzono"),
        "to_change": ("What would change it", "Co by to zmieniło"),
        "passed": ("met", "spełniony"),
        "failed": ("not met", "niespełniony"),
        "check_size": ("mSME status (micro, small or medium)", "Status MŚP (mikro, małe lub średnie)"),
        "check_location": ("Located in the city", "Siedziba w mieście"),
        "check_profile": ("Contributed a profile (your offer)", "Przekazany profil (Twoja oferta)"),
        "check_consent": (
            "Consent to appear in the information material", "Zgoda na umieszczenie w materiałach informacyjnych"
        ),
        "fix_size": (
            "Correct the declared figures if they are wrong; a large enterprise cannot take part.",
            "Popraw zadeklarowane dane, jeśli są błędne; duże przedsiębiorstwo nie może uczestniczyć."
        ),
        "fix_location": (
            "The registered address must be in the city: ask the coordinator to correct it.",
            "Adres siedziby musi być w mieście: poproś koordynatora o korektę."
        ),
        "fix_profile": ("Describe your offer on the Profile page.", "Opisz swoją ofertę na stronie Profil."),
        "fix_consent": ("Give the consent on the Profile page.", "Udziel zgody na stronie Profil."),
        "not_eligible": (
            "Opportunities and matchmaking are open to firms that meet every check below. Here is what is missing:",
            "Możliwości i kojarzenie partnerów są dostępne dla firm spełniających wszystkie warunki poniżej. Brakuje:"
        ),
        "digest_intro": (
            "Partner enterprises and events that fit your firm, with the reasons:",
            "Przedsiębiorstwa partnerskie i wydarzenia pasujące do Twojej firmy, z uzasadnieniem:"
        ),
        "download_html": ("Download (HTML)", "Pobierz (HTML)"),
        "your_applications": ("Your applications", "Twoje zgłoszenia"),
        "no_applications": ("Your firm has no application yet.", "Twoja firma nie ma jeszcze zgłoszeń."),
        "open_visits": ("Study visits you can apply to", "Wizyty studyjne, na które możesz się zgłosić"),
        "no_open_visits": (
            "No study visit is open to your application now.",
            "Obecnie żadna wizyta studyjna nie przyjmuje Twojego zgłoszenia."
        ),
        "application": ("Application", "Zgłoszenie"),
        "event": ("Event", "Wydarzenie"),
        "status": ("Status", "Status"),
        "status_pending": ("submitted, not decided yet", "złożone, jeszcze bez decyzji"),
        "status_accepted": ("accepted: {0} seat(s)", "przyjęte: {0} miejsc(a)"),
        "status_waitlisted": ("waitlisted: place {0}", "lista rezerwowa: miejsce {0}"),
        "status_rejected": ("rejected", "odrzucone"),
        "status_withdrawn": ("withdrawn on {0}", "wycofane {0}"),
        "apply": ("Apply", "Zgłoś się"),
        "delegates": (
            "Delegates (your people, in order of preference; at most {0})",
            "Delegaci (Twoi pracownicy, w kolejności; najwyżej {0})"
        ),
        "delegate_n": ("Delegate {0}", "Delegat {0}"),
        "none": ("—", "—"),
        "costs_explained": (
            "Self-paid costs per delegate: travel {0}, accommodation {1}, fees {2}; in all {3}. The city pays the preparation and the organisation of the meetings.",
            "Koszty własne na delegata: podróż {0}, nocleg {1}, opłaty {2}; razem {3}. Miasto pokrywa przygotowanie i organizację spotkań."
        ),
        "cost_acknowledged": (
            "I acknowledge that my firm pays these costs", "Potwierdzam, że moja firma pokrywa te koszty"
        ),
        "yes": ("yes", "tak"),
        "no": ("no", "nie"),
        "motivation": (
            "Why you want to take part (the regulations' question)",
            "Dlaczego chcesz uczestniczyć (pytanie z regulaminu)"
        ),
        "applied": ("Your application {0} is recorded.", "Twoje zgłoszenie {0} zostało zapisane."),
        "apply_fix": (
            "The application needs a correction; nothing was recorded.", "Zgłoszenie wymaga poprawy; nic nie zapisano."
        ),
        "decision": ("Decision", "Decyzja"),
        "decision_reason": ("Why", "Uzasadnienie"),
        "no_decision": (
            "No decision yet: the coordinator allocates the seats after the application deadline.",
            "Brak decyzji: koordynator przydziela miejsca po terminie zgłoszeń."
        ),
        "withdraw": ("Withdraw this application", "Wycofaj to zgłoszenie"),
        "withdraw_reason": ("Reason (optional)", "Powód (opcjonalnie)"),
        "withdrawn_done": (
            "Your application is withdrawn; its seat went to the next firm in line.",
            "Twoje zgłoszenie zostało wycofane; miejsce przeszło na kolejną firmę."
        ),
        "your_invites": ("Your invites", "Twoje zaproszenia"),
        "no_invites": ("You have no invite yet.", "Nie masz jeszcze zaproszeń."),
        "invite_cancelled": ("cancelled", "odwołane"),
        "feed": ("Your calendar subscription", "Subskrypcja Twojego kalendarza"),
        "feed_explain": (
            "Subscribe to this private address in Outlook, Google, Apple Calendar or Thunderbird: it always holds your current activities and 1:1 meetings, so changes and cancellations reach your calendar without e-mail. Keep it secret; make a new one (the old one stops working) or revoke it at any time.",
            "Zasubskrybuj ten prywatny adres w Outlooku, Google, Kalendarzu Apple lub Thunderbirdzie: zawsze zawiera Twoje aktualne wydarzenia i spotkania 1:1, więc zmiany i odwołania trafiają do kalendarza bez e-maili. Zachowaj go w tajemnicy; w każdej chwili możesz utworzyć nowy (stary przestaje działać) lub go unieważnić."
        ),
        "feed_new": (
            "Your new feed address (shown only now; copy it into your calendar app):",
            "Twój nowy adres subskrypcji (widoczny tylko teraz; skopiuj go do aplikacji kalendarza):"
        ),
        "feed_active": ("A feed address is active since {0}.", "Adres subskrypcji jest aktywny od {0}."),
        "feed_make": ("Make a new feed address", "Utwórz nowy adres subskrypcji"),
        "feed_revoke": ("Revoke the feed address", "Unieważnij adres subskrypcji"),
        "feed_revoked": (
            "The feed address is revoked: it no longer works.", "Adres subskrypcji został unieważniony: już nie działa."
        ),
        "material": (
            "Information material about our local firms", "Materiały informacyjne o naszych lokalnych firmach"
        ),
        "material_explain": (
            "One document per language of your city that the programme offers. Firms appear only with their consent.",
            "Jeden dokument na każdy język Twojego miasta oferowany przez program. Firmy występują tylko za zgodą."
        ),
        "city_enterprises": ("Your city's enterprises taking part", "Przedsiębiorstwa Twojego miasta w programie"),
        "name": ("Name", "Nazwa"),
        "nace": ("NACE", "NACE"),
        "interests": ("Cooperation sought", "Poszukiwana współpraca"),
        "city_requests": ("Meeting requests of your enterprises", "Prośby o spotkania Twoich przedsiębiorstw"),
        "city_enterprise": ("Your enterprise", "Twoje przedsiębiorstwo"),
        "local_firm": ("Local firm", "Lokalna firma"),
        "note": ("Note", "Notatka"),
        "interest": ("Firms of interest to your city", "Firmy interesujące Twoje miasto"),
        "interest_mark": ("Mark as of interest", "Oznacz jako interesującą"),
        "interest_saved": ("{0} is marked as of interest.", "{0} oznaczono jako interesującą."),
        "unpublished_firm": (
            "a local firm (its profile is not in the information material)",
            "lokalna firma (jej profil nie jest w materiałach informacyjnych)"
        ),
        "choose_firm": ("— choose a firm —", "— wybierz firmę —"),
        "role_required_partner": (
            "This page is for accounts of partner cities.", "Ta strona jest dla kont miast partnerskich."
        ),
        "rsvp": ("Your answer", "Twoja odpowiedź"),
        "rsvp_choose": ("Choose accept, tentative or decline.", "Wybierz: akceptuję, wstępnie lub odmawiam."),
        "rsvp_saved": (
            "Your answer is recorded, as if sent from your calendar.",
            "Twoja odpowiedź została zapisana, jak z kalendarza."
        ),
        "partstat_ACCEPTED": ("accepted", "zaakceptowane"),
        "partstat_TENTATIVE": ("tentative", "wstępnie"),
        "partstat_DECLINED": ("declined", "odrzucone"),
        "partstat_NEEDS-ACTION": ("not answered", "bez odpowiedzi"),
        "partstat_DELEGATED": ("delegated", "przekazane"),
        "portal_meetings": ("1:1 meetings", "Spotkania 1:1"),
        "agenda": ("Your agenda", "Twój plan spotkań"),
        "agenda_empty": (
            "No meeting is scheduled yet: the coordinator schedules each session before the event.",
            "Nie zaplanowano jeszcze spotkań: koordynator planuje każdą sesję przed wydarzeniem."
        ),
        "table": ("Table", "Stolik"),
        "partner": ("Partner enterprise", "Przedsiębiorstwo partnerskie"),
        "contact": ("Contact", "Kontakt"),
        "contact_hidden": (
            "shown once both sides want the meeting", "widoczny, gdy obie strony chcą spotkania"
        ),
        "meeting_requests": ("Meeting requests", "Prośby o spotkania"),
        "no_meeting_requests": (
            "Your firm has no meeting request yet.", "Twoja firma nie ma jeszcze próśb o spotkania."
        ),
        "asked_by": ("Asked by", "Kto prosi"),
        "asked_by_sme": ("your firm", "Twoja firma"),
        "asked_by_partner": ("the partner: waiting for your answer", "partner: czeka na Twoją odpowiedź"),
        "asked_by_both": ("both sides", "obie strony"),
        "answer": ("Answer", "Odpowiedz"),
        "meeting_accept": ("Accept", "Przyjmij"),
        "meeting_decline": ("Decline", "Odrzuć"),
        "meeting_request": ("Request a meeting", "Poproś o spotkanie"),
        "meeting_requested": ("Your request {0} is recorded.", "Twoja prośba {0} została zapisana."),
        "meeting_accepted": ("Accepted: the interest is mutual.", "Przyjęto: zainteresowanie jest obustronne."),
        "meeting_declined": (
            "Declined: the request will not be scheduled.", "Odrzucono: spotkanie nie zostanie zaplanowane."
        ),
        "portal_outcomes": ("After the event", "Po wydarzeniu"),
        "no_activities_taken": (
            "Your firm has not taken part in an activity yet: a seat on a study visit or a scheduled 1:1 meeting.",
            "Twoja firma nie wzięła jeszcze udziału w żadnym wydarzeniu: miejsce w wizycie studyjnej lub zaplanowane spotkanie 1:1."
        ),
        "outcome": ("Outcome", "Rezultat"),
        "outcome_none": ("nothing yet", "na razie nic"),
        "outcome_follow_up_agreed": ("a follow-up agreed", "uzgodniona kontynuacja"),
        "outcome_lead": ("a lead", "potencjalny klient"),
        "outcome_offer_sent": ("an offer sent", "wysłana oferta"),
        "outcome_contract": ("a contract", "umowa"),
        "outcome_joint_project": ("a joint project", "wspólny projekt"),
        "outcome_check": ("When", "Kiedy"),
        "check_initial": ("right after the event", "zaraz po wydarzeniu"),
        "check_follow_up": ("the 6-month follow-up", "po 6 miesiącach"),
        "outcome_date": ("Date", "Data"),
        "outcome_rating": ("How useful, 1 (not) to 5 (very)", "Przydatność, od 1 (wcale) do 5 (bardzo)"),
        "outcome_meeting": ("1:1 meeting (optional)", "Spotkanie 1:1 (opcjonalnie)"),
        "outcome_record": ("Record the outcome", "Zapisz rezultat"),
        "outcome_saved": ("Your outcome is recorded.", "Twój rezultat został zapisany."),
        "pack_download": ("Your personal briefing pack", "Twój osobisty pakiet informacyjny"),
        "no_pack": (
            "No personal briefing pack for you in this activity: packs are for seated delegates.",
            "Brak osobistego pakietu dla Ciebie w tym wydarzeniu: pakiety są dla delegatów z przydzielonym miejscem."
        ),
        "my_data": ("My data (JSON)", "Moje dane (JSON)"),
        "partner_asked_by_sme": ("the local firm: waiting for your answer", "lokalna firma: czeka na Twoją odpowiedź"),
        "partner_asked_by_partner": ("your enterprise", "Twoje przedsiębiorstwo"),
        "partner_asked_by_both": ("both sides", "obie strony"),
        "material_all": (
            "Information material for the partner cities", "Materiały informacyjne dla miast partnerskich"
        ),
        "erase": ("Erase my personal data", "Usuń moje dane osobowe"),
        "erase_explain": (
            "Your name, e-mail, phone and job title are removed from the programme and your account is closed. Your firm's records and the programme's figures stay. Type erase to confirm.",
            "Twoje imię i nazwisko, e-mail, telefon i stanowisko zostaną usunięte z programu, a konto zamknięte. Dane firmy i liczby programu pozostaną. Wpisz erase, aby potwierdzić."
        ),
        "erase_confirm": ("Type erase to confirm.", "Wpisz erase, aby potwierdzić."),
        "erased_title": ("Your data is erased", "Twoje dane zostały usunięte"),
        "erased": (
            "Your personal data is erased and your account is closed.",
            "Twoje dane osobowe zostały usunięte, a konto zamknięte."
        ),
        "role_required_sme": ("This page is for accounts of local firms.", "Ta strona jest dla kont lokalnych firm."),
        "city_events": (
            "Your city's events open to the partnership", "Wydarzenia Twojego miasta otwarte dla partnerstwa"
        ),
        "city_events_none": ("No events of your city yet.", "Na razie brak wydarzeń Twojego miasta."),
        "venue": ("Venue", "Miejsce"),
        "back_partner": ("Back to your city's page", "Powrót do strony Twojego miasta"),
        "event_add": ("Add an event", "Dodaj wydarzenie"),
        "event_edit": ("Change the event", "Zmień wydarzenie"),
        "event_saved": ("{0} is saved.", "Zapisano: {0}."),
        "event_explain": (
            "An event your city hosts and opens to the partnership (a fair, a forum…). It is checked by the same rules as the programme's events.csv; a delegation of local firms may travel to it when the visit is marked.",
            "Wydarzenie organizowane przez Twoje miasto i otwarte dla partnerstwa (targi, forum…). Jest sprawdzane według tych samych zasad co plik events.csv programu; gdy zaznaczono wizytę, może do niego pojechać delegacja lokalnych firm."
        ),
        "event_name": ("Name", "Nazwa"),
        "event_kind": ("Kind", "Rodzaj"),
        "event_start": (
            "Starts (YYYY-MM-DD, or YYYY-MM-DDTHH:MM local time)",
            "Początek (RRRR-MM-DD lub RRRR-MM-DDTGG:MM czasu lokalnego)"
        ),
        "event_end": (
            "Ends (YYYY-MM-DD, or YYYY-MM-DDTHH:MM local time)",
            "Koniec (RRRR-MM-DD lub RRRR-MM-DDTGG:MM czasu lokalnego)"
        ),
        "event_venue_name": ("Venue", "Miejsce"),
        "event_venue_address": ("Venue's address", "Adres miejsca"),
        "event_visit": ("A study visit of local firms", "Wizyta studyjna lokalnych firm"),
        "event_visit_none": ("not planned", "nieplanowana"),
        "event_visit_outgoing": ("welcome: a delegation may come", "mile widziana: delegacja może przyjechać"),
        "event_description": ("Description", "Opis"),
        "event_source": ("Web page (https://…)", "Strona internetowa (https://…)"),
        "event_kind_fair": ("fair", "targi"),
        "event_kind_forum": ("forum", "forum"),
        "event_kind_conference": ("conference", "konferencja"),
        "event_kind_anniversary": ("anniversary", "rocznica"),
        "event_kind_festival": ("festival", "festiwal"),
        "event_kind_exhibition": ("exhibition", "wystawa"),
        "event_kind_other": ("other", "inne"),
        "enterprise_add": ("Add an enterprise", "Dodaj przedsiębiorstwo"),
        "enterprise_edit": ("Change the enterprise", "Zmień przedsiębiorstwo"),
        "enterprise_saved": ("{0} is saved.", "Zapisano: {0}."),
        "enterprise_explain": (
            "An enterprise of your city that looks for partners among the local firms, with its contact person. It is checked by the same rules as the programme's partner_enterprises.csv and people.csv.",
            "Przedsiębiorstwo z Twojego miasta, które szuka partnerów wśród lokalnych firm, wraz z osobą kontaktową. Jest sprawdzane według tych samych zasad co pliki partner_enterprises.csv i people.csv programu."
        ),
        "enterprise_name": ("Name", "Nazwa"),
        "enterprise_nace_codes": ("Sectors (NACE codes, separated by ;)", "Sektory (kody NACE, rozdzielone ;)"),
        "enterprise_offer": ("Offer", "Oferta"),
        "enterprise_interests": ("Cooperation sought", "Poszukiwana współpraca"),
        "enterprise_interest_sectors": (
            "Sectors of interest (NACE codes, separated by ;)", "Sektory zainteresowania (kody NACE, rozdzielone ;)"
        ),
        "enterprise_languages": ("Languages (ISO codes such as de;en)", "Języki (kody ISO, np. de;en)"),
        "enterprise_website": ("Website", "Strona internetowa"),
        "enterprise_contact_full_name": ("Contact person", "Osoba kontaktowa"),
        "enterprise_contact_email": ("Contact's e-mail", "E-mail osoby kontaktowej"),
        "enterprise_contact_phone": ("Contact's phone", "Telefon osoby kontaktowej"),
        "enterprise_contact_job_title": ("Contact's job title", "Stanowisko osoby kontaktowej"),
    ]
}

extension Desk {
    /// A portal string of the page language, with `{0}`, `{1}`… filled from `values`.
    func p(_ key: String, _ context: WebContext, _ values: Any...) -> String {
        var text = PortalStrings.text(key, context.language)
        for (index, value) in values.enumerated() {
            text = text.replacingOccurrences(of: "{\(index)}", with: String(describing: value))
        }
        return text
    }
}

/// What tests outside the module need of the portals' strings.
public enum PortalTestHooks {
    /// Keys whose Polish text is missing or the same as the English one (names such as NACE aside).
    public static var keysWithoutPolish: [String] {
        PortalStrings.entries.filter { $0.value.pl.isEmpty }.map(\.key).sorted()
    }

    /// Every key's English text, for checks of the pages' words.
    public static var english: [String: String] { PortalStrings.entries.mapValues(\.en) }
}
