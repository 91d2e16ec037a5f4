/// The desk's words in its languages. A key missing in a language falls back to English (a test
/// checks that none is missing).
enum Strings {
    static func text(_ key: String, _ language: Language) -> String {
        guard let entry = entries[key] else { return key }
        switch language {
        case .english: return entry.en
        case .polish: return entry.pl.isEmpty ? entry.en : entry.pl
        }
    }

    /// All strings of a language by key, for the templates (`{{t.key}}`).
    static func catalogue(_ language: Language) -> [String: String] {
        language == .english ? english : polish
    }

    private static let english = entries.mapValues(\.en)
    private static let polish = entries.mapValues { $0.pl.isEmpty ? $0.en : $0.pl }

    static let entries: [String: (en: String, pl: String)] = [
        "skip": ("Skip to content", "Przejdź do treści"),
        "menu": ("Desk menu", "Menu biurka"),
        "sign_in": ("Sign in", "Zaloguj się"),
        "sign_out": ("Sign out", "Wyloguj się"),
        "email": ("E-mail", "E-mail"),
        "password": ("Password", "Hasło"),
        "password_optional": (
            "Password (optional, at least 10 characters)", "Hasło (opcjonalnie, co najmniej 10 znaków)"
        ),
        "with_password": ("With your password", "Hasłem"),
        "with_link": ("With a sign-in link", "Linkiem logowania"),
        "link_explain": (
            "We e-mail you a link that signs you in once, within 15 minutes.",
            "Wyślemy e-mailem link, który zaloguje Cię jeden raz, w ciągu 15 minut."
        ),
        "send_link": ("E-mail me a sign-in link", "Wyślij mi link logowania"),
        "link_sent_title": ("Check your mailbox", "Sprawdź skrzynkę"),
        "link_sent": (
            "If an account exists for this address, a sign-in link is on its way. It works once, for 15 minutes.",
            "Jeśli istnieje konto dla tego adresu, wysłaliśmy link logowania. Działa jeden raz, przez 15 minut."
        ),
        "link_use_title": ("Sign in with your link", "Logowanie linkiem"),
        "link_use_text": (
            "Press the button to sign in. The link then stops working.",
            "Naciśnij przycisk, aby się zalogować. Link przestanie wtedy działać."
        ),
        "link_invalid": (
            "This sign-in link is not valid: it was used already, has expired or is wrong. Ask for a new one.",
            "Ten link logowania jest nieważny: został już użyty, wygasł lub jest błędny. Poproś o nowy."
        ),
        "link_mail_subject": ("Your TwinLink sign-in link", "Twój link logowania do TwinLink"),
        "link_mail_body": (
            "Open this link within 15 minutes to sign in to TwinLink. It works once. If you did not ask for it, ignore this message.",
            "Otwórz ten link w ciągu 15 minut, aby zalogować się do TwinLink. Działa jeden raz. Jeśli go nie zamawiałeś, zignoruj tę wiadomość."
        ),
        "login_failed": ("The e-mail or the password is wrong.", "Błędny e-mail lub hasło."),
        "rate_limited": (
            "Too many attempts. Wait 15 minutes and try again.",
            "Zbyt wiele prób. Odczekaj 15 minut i spróbuj ponownie."
        ),
        "problem_title": ("Something is wrong", "Coś jest nie tak"),
        "forbidden_title": ("Not allowed", "Brak dostępu"),
        "forbidden_auditor": (
            "Auditors read the desk; only a coordinator can change it.",
            "Audytor może tylko przeglądać; zmiany wprowadza koordynator."
        ),
        "forbidden_role": (
            "This account has no access to the coordinator's desk.", "To konto nie ma dostępu do biurka koordynatora."
        ),
        "not_ready_title": ("Not ready yet", "Jeszcze niegotowe"),
        "not_found": ("Not found.", "Nie znaleziono."),
        "no_record": ("There is no record '{0}'.", "Nie ma rekordu '{0}'."),
        "nav_overview": ("Overview", "Przegląd"),
        "nav_registry": ("Registry", "Rejestr"),
        "nav_plan": ("Plan", "Plan"),
        "nav_allocation": ("Allocation", "Przydział miejsc"),
        "nav_meetings": ("1:1 meetings", "Spotkania 1:1"),
        "nav_invites": ("Invites", "Zaproszenia"),
        "nav_documents": ("Documents", "Dokumenty"),
        "nav_attendance": ("Attendance", "Obecność"),
        "nav_report": ("Report", "Raport"),
        "nav_accounts": ("Accounts", "Konta"),
        "role": ("Role", "Rola"),
        "role_coordinator": ("coordinator", "koordynator"),
        "role_auditor": ("auditor", "audytor"),
        "role_sme": ("SME", "MŚP"),
        "role_partner": ("partner city", "miasto partnerskie"),
        "role_distributor": ("distributor", "dystrybutor"),
        "empty_database": (
            "The database is empty: import the registry files first.",
            "Baza jest pusta: najpierw zaimportuj pliki rejestru."
        ),
        "coming_weeks": ("In the coming weeks", "W najbliższych tygodniach"),
        "nothing_coming": ("No activity in the next eight weeks.", "Brak działań w ciągu najbliższych ośmiu tygodni."),
        "needs_you": ("Needs you", "Wymaga Twojej uwagi"),
        "nothing_needed": ("Nothing waits for you.", "Nic nie czeka na Ciebie."),
        "undecided_applications": ("Applications not decided yet", "Zgłoszenia jeszcze nierozstrzygnięte"),
        "invites_declined": ("Invites declined", "Odrzucone zaproszenia"),
        "attendance_conflicts": ("Attendance conflicts", "Sprzeczności w obecności"),
        "not_planned": (
            "Nothing planned yet: plan the activities first.",
            "Nic jeszcze nie zaplanowano: najpierw zaplanuj działania."
        ),
        "next_events": ("Next mutual events", "Najbliższe wspólne wydarzenia"),
        "at_a_glance": ("At a glance", "W skrócie"),
        "what": ("What", "Co"),
        "count": ("Count", "Liczba"),
        "where": ("Where", "Gdzie"),
        "when": ("When", "Kiedy"),
        "who": ("Who", "Kto"),
        "activity": ("Activity", "Działanie"),
        "kind": ("Kind", "Rodzaj"),
        "starts": ("Starts", "Początek"),
        "status": ("Status", "Status"),
        "notes": ("Notes", "Uwagi"),
        "event": ("Event", "Wydarzenie"),
        "first_day": ("First day", "Pierwszy dzień"),
        "kind_outgoing_visit": ("study visit abroad", "wizyta studyjna za granicą"),
        "kind_incoming_visit": ("incoming study visit", "wizyta studyjna u nas"),
        "kind_online_introduction": ("online introduction", "spotkanie online: wprowadzenie"),
        "kind_online_follow_up": ("online follow-up", "spotkanie online: kontynuacja"),
        "kind_b2b_session": ("1:1 meeting session", "sesja spotkań 1:1"),
        "plan_done": ("Planned {0} activities; {1} changes.", "Zaplanowano działania: {0}; zmiany: {1}."),
        "plan_moves": ("What changed", "Co się zmieniło"),
        "replan": ("Re-plan", "Zaplanuj ponownie"),
        "timeline": (
            "Timeline (times in {0} and in the partner city)", "Oś czasu (godziny w {0} i w mieście partnerskim)"
        ),
        "partner_time": ("Partner's local time", "Czas lokalny partnera"),
        "reg_smes": ("Local enterprises", "Lokalne przedsiębiorstwa"),
        "reg_partner-cities": ("Partner cities", "Miasta partnerskie"),
        "reg_partner-enterprises": ("Partner enterprises", "Przedsiębiorstwa partnerskie"),
        "reg_people": ("People", "Osoby"),
        "reg_events": ("Mutual events", "Wspólne wydarzenia"),
        "reg_applications": ("Applications", "Zgłoszenia"),
        "reg_meeting-requests": ("Meeting requests", "Prośby o spotkania"),
        "registry_import": ("Import the registry files", "Import plików rejestru"),
        "import_explain": (
            "Upload programme.yaml, regulations.yaml and the CSV files together. Importing is all or nothing: every problem is listed as FILE:LINE and nothing changes until all are fixed.",
            "Prześlij razem programme.yaml, regulations.yaml i pliki CSV. Import jest wszystko albo nic: każdy problem jest podany jako PLIK:WIERSZ i nic się nie zmienia, dopóki wszystkie nie zostaną poprawione."
        ),
        "import": ("Import", "Importuj"),
        "files": ("Files", "Pliki"),
        "import_done": ("Imported.", "Zaimportowano."),
        "import_no_files": ("Choose the registry files to upload.", "Wybierz pliki rejestru do przesłania."),
        "import_unknown_file": (
            "'{0}' is not a registry file; expected one of {1}",
            "'{0}' nie jest plikiem rejestru; oczekiwano jednego z: {1}"
        ),
        "search": ("Search", "Szukaj"),
        "filter": ("Filter", "Filtr"),
        "all": ("All", "Wszystkie"),
        "shown_of": ("{0} of {1} shown.", "Pokazano {0} z {1}."),
        "name": ("Name", "Nazwa"),
        "postcode": ("Postcode", "Kod pocztowy"),
        "sectors": ("Sectors", "Sektory"),
        "country": ("Country", "Kraj"),
        "time_zone": ("Time zone", "Strefa czasowa"),
        "partner_city": ("Partner city", "Miasto partnerskie"),
        "organisation": ("Organisation", "Organizacja"),
        "organisation_id": ("Organisation id (SME or partner city)", "Id organizacji (MŚP lub miasto partnerskie)"),
        "sme": ("Firm", "Firma"),
        "submitted": ("Submitted", "Złożono"),
        "partner_firm": ("Partner firm", "Firma partnerska"),
        "field": ("Field", "Pole"),
        "value": ("Value", "Wartość"),
        "history": ("History", "Historia"),
        "explain": ("Why: the decision line by line", "Dlaczego: decyzja krok po kroku"),
        "version": ("Version", "Wersja"),
        "provisional": ("provisional", "wstępna"),
        "provisional_note": (
            "Provisional: applications are still open; the allocation after they close decides.",
            "Wstępny: zgłoszenia są nadal otwarte; rozstrzyga przydział po ich zamknięciu."
        ),
        "allocated": (
            "Allocation version {0}; {1} decisions changed.", "Wersja przydziału {0}; zmienione decyzje: {1}."
        ),
        "allocate": ("Allocate the seats", "Przydziel miejsca"),
        "not_allocated": ("Not allocated yet.", "Jeszcze nie przydzielono."),
        "application": ("Application", "Zgłoszenie"),
        "outcome": ("Outcome", "Wynik"),
        "score": ("Score", "Punkty"),
        "reason": ("Reason", "Powód"),
        "withdraw": ("Withdraw", "Wycofaj"),
        "withdrawn": ("{0} withdrawn.", "Wycofano {0}."),
        "version_of": ("Version {0}, by {1}", "Wersja {0}, autor: {1}"),
        "changes_since": ("Changes since the version before", "Zmiany od poprzedniej wersji"),
        "override": ("Override the rules", "Decyzja wbrew regułom"),
        "override_explain": (
            "Seat or reject one application against the rules. The reason is required: the firm and the auditors read it.",
            "Przyznaj lub odmów miejsca wbrew regułom. Powód jest wymagany: czyta go firma i audytorzy."
        ),
        "overridden": ("{0} overridden.", "Zmieniono decyzję dla {0}."),
        "reason_required": (
            "Say why the rules are overridden; the firm and the auditors read it.",
            "Podaj powód decyzji wbrew regułom; czyta go firma i audytorzy."
        ),
        "action": ("Action", "Czynność"),
        "seat_it": ("Seat it", "Przyznaj miejsce"),
        "reject_it": ("Reject it", "Odrzuć"),
        "seats": ("Seats", "Miejsca"),
        "audit": ("Audit trail", "Dziennik zmian"),
        "schedule": ("Schedule with the fewest moves", "Ułóż z najmniejszą liczbą zmian"),
        "schedule_result": ("The schedule, its bound and gap", "Harmonogram, górna granica i luka"),
        "scheduled": ("{0} meetings scheduled; {1} moved.", "Zaplanowano spotkania: {0}; przesunięto: {1}."),
        "grid": ("Slots × tables", "Terminy × stoliki"),
        "not_scheduled": ("Not scheduled yet.", "Jeszcze nie zaplanowano."),
        "meeting_count": ("{0} meetings.", "Spotkania: {0}."),
        "slot": ("Slot", "Termin"),
        "invites_explain": (
            "Issue writes an invite for everyone new or changed (and a cancellation for those who left); send also mails them.",
            "Wystaw tworzy zaproszenia dla nowych lub zmienionych (i odwołania dla tych, którzy odeszli); wyślij także je wysyła."
        ),
        "issue_invites": ("Issue invites", "Wystaw zaproszenia"),
        "send_invites": ("Issue and send invites", "Wystaw i wyślij zaproszenia"),
        "all_activities": ("All activities", "Wszystkie działania"),
        "invites_done": (
            "{0} invites issued, {1} unchanged, {2} sent.", "Wystawiono zaproszenia: {0}, bez zmian: {1}, wysłano: {2}."
        ),
        "no_invites": ("No invites issued yet.", "Nie wystawiono jeszcze zaproszeń."),
        "no_invite_file": (
            "No invite file for {0} in {1}: issue the invites first.",
            "Brak pliku zaproszenia dla {0} w {1}: najpierw wystaw zaproszenia."
        ),
        "invite_sent": ("sent", "wysłane"),
        "invite_accepted": ("accepted", "przyjęte"),
        "invite_declined": ("declined", "odrzucone"),
        "invite_tentative": ("tentative", "wstępnie"),
        "invite_cancelled": ("cancelled", "odwołane"),
        "person": ("Person", "Osoba"),
        "meeting": ("Meeting", "Spotkanie"),
        "sequence": ("Version", "Wersja"),
        "sent": ("Sent", "Wysłano"),
        "download": ("Download", "Pobierz"),
        "preview": ("Preview", "Podgląd"),
        "briefing_packs": ("Briefing packs", "Pakiety informacyjne"),
        "info_material": ("Information material per partner city", "Materiały dla miast partnerskich"),
        "digests": ("Opportunity digests per firm", "Zestawienia okazji dla firm"),
        "check_in": ("Check-in", "Rejestracja obecności"),
        "outcomes": ("Outcomes", "Rezultaty"),
        "check_in_later": (
            "Check-in opens on the activity's first day, {0}.",
            "Rejestracja obecności otwiera się w pierwszym dniu działania, {0}."
        ),
        "checked_in": ("{0} is present.", "{0} jest obecny(-a)."),
        "expected_count": ("Expected: {0}", "Oczekiwani: {0}"),
        "arrived_count": ("Arrived: {0}", "Przybyli: {0}"),
        "arrived": ("Arrived", "Przybycie"),
        "mark_present": ("Mark present", "Zaznacz obecność"),
        "present": ("Present", "Obecny"),
        "record_outcome": ("Record an outcome", "Zapisz rezultat"),
        "outcome_recorded": ("Outcome recorded for {0}.", "Zapisano rezultat dla {0}."),
        "meeting_optional": ("1:1 meeting (optional, e.g. mr-0176)", "Spotkanie 1:1 (opcjonalnie, np. mr-0176)"),
        "check": ("Check", "Kontrola"),
        "check_initial": ("right after the activity", "zaraz po działaniu"),
        "check_follow_up": ("follow-up months later", "kontrola po miesiącach"),
        "date": ("Date", "Data"),
        "rating": ("Rating 1–5 (optional)", "Ocena 1–5 (opcjonalnie)"),
        "note": ("Note", "Notatka"),
        "stage_none": ("none", "brak"),
        "stage_follow_up_agreed": ("follow-up agreed", "uzgodniono dalszy kontakt"),
        "stage_lead": ("lead", "potencjalny klient"),
        "stage_offer_sent": ("offer sent", "wysłano ofertę"),
        "stage_contract": ("contract", "umowa"),
        "stage_joint_project": ("joint project", "wspólny projekt"),
        "report_period": (
            "Period {0}: {1} activities, {2} attendance conflicts. The report and a CSV per table:",
            "Okres {0}: działania: {1}, sprzeczności w obecności: {2}. Raport i plik CSV dla każdej tabeli:"
        ),
        "show": ("Show", "Pokaż"),
        "from": ("From", "Od"),
        "to": ("To", "Do"),
        "account_added": ("Account {0} added.", "Dodano konto {0}."),
        "account_changed": ("Account {0} changed.", "Zmieniono konto {0}."),
        "add_account": ("Add an account", "Dodaj konto"),
        "change_role": ("Change role", "Zmień rolę"),
        "enable_disable": ("Enable or disable", "Włącz lub wyłącz"),
        "make": ("Make", "Ustaw:"),
        "enable": ("Enable", "Włącz"),
        "disable": ("Disable", "Wyłącz"),
        "disabled": ("disabled", "wyłączone"),
        "active": ("active", "aktywne"),
        "not_yourself": (
            "You cannot disable your own account or take away your own coordinator role.",
            "Nie możesz wyłączyć własnego konta ani odebrać sobie roli koordynatora."
        ),
        "delivery": ("Delivery", "Doręczenie"),
        "reply": ("Reply", "Odpowiedź"),
        "delivery_pending": ("pending", "oczekuje"),
        "delivery_sent": ("sent", "wysłane"),
        "delivery_failed": ("failed", "nieudane"),
        "delivery_written": ("written out, not mailed", "zapisane, niewysłane"),
        "delivery_none": ("not queued", "nie w kolejce"),
        "invite_awaiting": ("no reply yet", "brak odpowiedzi"),
        "resend_failed": ("Re-send failed", "Wyślij ponownie nieudane"),
        "resent": ("{0} re-sent, {1} failed again.", "Wysłano ponownie: {0}, znów nieudane: {1}."),
        "delivery_failed_to": ("Not delivered: {0}", "Nie doręczono: {0}"),
        "invites_pending": ("Invites waiting to be sent", "Zaproszenia czekające na wysłanie"),
        "invites_failed": ("Invites not delivered", "Niedoręczone zaproszenia"),
        "firm": ("Firm", "Firma"),
        "partner": ("Partner", "Partner"),
        "weight": ("Weight", "Waga"),
        "table": ("Table", "Stolik"),
        "locked": ("Locked", "Zablokowane"),
        "yes": ("yes", "tak"),
        "no": ("no", "nie"),
        "lock": ("Lock", "Zablokuj"),
        "unlock": ("Unlock", "Odblokuj"),
        "move": ("Move", "Przenieś"),
        "lock_unlock": ("Lock or unlock", "Zablokuj lub odblokuj"),
        "meetings_list": ("Meetings", "Spotkania"),
        "move_meeting": ("Move a meeting", "Przenieś spotkanie"),
        "move_explain": (
            "A moved meeting is locked: re-scheduling keeps it where you put it. A move that breaks a rule is refused with the reason.",
            "Przeniesione spotkanie zostaje zablokowane: ponowne planowanie go nie przesunie. Przeniesienie łamiące regułę zostaje odrzucone z podaniem powodu."
        ),
        "meeting_done_lock": ("Meeting {0} locked.", "Zablokowano spotkanie {0}."),
        "meeting_done_unlock": ("Meeting {0} unlocked.", "Odblokowano spotkanie {0}."),
        "meeting_done_move": ("Meeting {0} moved and locked.", "Przeniesiono i zablokowano spotkanie {0}."),
        "bound_gap": (
            "Weight held {0}; the best any schedule can reach is at most {1} (gap {2}).",
            "Zaplanowana waga {0}; żaden plan nie osiągnie więcej niż {1} (różnica {2})."
        ),
        "agenda_of": ("Agenda: {0}", "Program: {0}"),
        "no_meetings_for": ("{0} has no meetings in this session.", "{0} nie ma spotkań w tej sesji."),
        "with": ("With", "Z kim"),
        "back_to_grid": ("Back to the grid", "Powrót do siatki"),
        "costs": ("Costs", "Koszty"),
        "record_costs": ("Record the costs", "Zapisz koszty"),
        "costs_recorded": ("Costs of {0} recorded.", "Zapisano koszty {0}."),
        "no_costs": ("No costs recorded yet.", "Nie zapisano jeszcze kosztów."),
        "source": ("Source", "Źródło"),
        "costs_explain": (
            "Hours as 12.5; amounts in the programme's currency as 1500.00. The same checks as twinlink costs import; a new entry replaces the old.",
            "Godziny jak 12.5; kwoty w walucie programu jak 1500.00. Te same kontrole co twinlink costs import; nowy wpis zastępuje poprzedni."
        ),
        "edit": ("Edit", "Edytuj"),
        "save": ("Save", "Zapisz"),
        "back": ("Back", "Wstecz"),
        "record_saved": ("{0} saved.", "Zapisano {0}."),
        "edit_explain": (
            "The fields as in {0}. Saving runs the whole import again with this change: the same checks and messages, all or nothing.",
            "Pola jak w {0}. Zapis ponownie uruchamia cały import z tą zmianą: te same kontrole i komunikaty, wszystko albo nic."
        ),
        "form_not_saved": (
            "Nothing was saved: correct the field marked below and send the form again.",
            "Nic nie zapisano: popraw zaznaczone niżej pole i wyślij formularz ponownie."
        ),
        "organisation_hint": (
            "An sme account: its local firm; a partner account: its partner city; others: none.",
            "Konto sme: jego lokalna firma; konto partner: jego miasto partnerskie; pozostałe: brak."
        ),
        "hint_list": ("Several values separated by ;", "Kilka wartości rozdzielonych znakiem ;"),
        "hint_hours": (
            "Business hours as HH:MM-HH:MM, e.g. 08:00-16:30", "Godziny pracy jako GG:MM-GG:MM, np. 08:00-16:30"
        ),
        "hint_country": ("Two letters (ISO 3166-1), e.g. DE", "Dwie litery (ISO 3166-1), np. DE"),
        "hint_instant": (
            "Date and time in the programme's home time zone", "Data i godzina w strefie czasowej programu"
        ),
        "hint_multiple": (
            "Hold Ctrl (⌘ on a Mac) to choose several", "Przytrzymaj Ctrl (⌘ na Macu), aby wybrać kilka"
        ),
        "edit_format": (
            "The file is saved as it came: separator '{0}', encoding {1}.",
            "Plik zostanie zapisany tak jak przyszedł: separator '{0}', kodowanie {1}."
        ),
        "edit_not_encodable": (
            "{0} is a Windows-1250 file and cannot hold a character typed; nothing was saved.",
            "{0} jest plikiem Windows-1250 i nie może zawierać wpisanego znaku; nic nie zapisano."
        ),
        "file_edit_explain": (
            "{0} as the last import read it. Saving imports the registry again with this text: all or nothing, with the same checks and messages as twinlink import.",
            "{0} w wersji z ostatniego importu. Zapisanie importuje rejestr ponownie z tym tekstem: wszystko albo nic, z tymi samymi sprawdzeniami i komunikatami co twinlink import."
        ),
        "save_and_import": ("Save and import", "Zapisz i zaimportuj"),
        "file_saved": ("{0} saved and imported.", "Zapisano i zaimportowano {0}."),
        "delimiter": ("CSV separator", "Separator CSV"),
        "encoding": ("CSV encoding", "Kodowanie CSV"),
        "programme_files": ("Programme and regulations", "Program i regulamin"),
        "pdf_available": (
            "PDFs are printed by headless Chromium on the server when you download one (a few seconds each).",
            "Pliki PDF drukuje Chromium na serwerze w chwili pobrania (kilka sekund na plik)."
        ),
        "pdf_unavailable": (
            "No PDFs: Chromium is not installed on this server, so the documents are offered as HTML and Markdown only (print the HTML from the browser, or install Chromium: apt-get install chromium).",
            "Brak plików PDF: na tym serwerze nie zainstalowano Chromium, więc dokumenty są dostępne tylko jako HTML i Markdown (wydrukuj HTML z przeglądarki albo zainstaluj Chromium: apt-get install chromium)."
        ),
        "queued_at": ("not sent; queued {0}", "niewysłane; w kolejce od {0}"),
        "pending_explain": (
            "Pending: queued and not yet accepted by the mail transport; Send delivers it. An e-mail the transport refused before version v12 went back to pending without its reason, and shows here as pending.",
            "Oczekuje: w kolejce, jeszcze nieprzyjęte przez serwer poczty; Wyślij je dostarcza. E-mail odrzucony przed wersją v12 wrócił do kolejki bez zapisanej przyczyny i jest tu pokazany jako oczekujący."
        ),
    ]
}
