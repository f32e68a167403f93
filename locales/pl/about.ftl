## O tym przewodniku, jego źródłach i prywatności.

about-title = O tym przewodniku i jego źródłach
about-what-title = Czym jest ten przewodnik
about-what-1 = Przewodnik po pompie serca opisuje pompę serca stosowaną w Wielkiej Brytanii we wstrząsie kardiogennym. Jest przeznaczony dla pacjentów, rodzin i personelu medycznego w trakcie szkolenia.
about-what-2 = Służy wyłącznie do nauki. Nie jest poradą medyczną. O leczeniu decyduje zespół medyczny razem z pacjentem lub jego rodziną.
about-basis-title = Na czym się opiera
about-basis-1 = Przewodnik opiera się na wytycznych NICE dotyczących procedur interwencyjnych HTG775, opublikowanych 25 marca 2026 r.: „Percutaneous insertion of a catheter-based left ventricular microaxial flow pump for cardiogenic shock” (przezskórne wprowadzenie cewnikowej mikroosiowej pompy przepływowej lewej komory we wstrząsie kardiogennym).
about-basis-2 = NICE stwierdza, że pompa może być stosowana w NHS, dopóki zbiera się więcej danych naukowych. Oznacza to szczególną staranność przy uzyskiwaniu zgody, a wyniki każdego pacjenta są zapisywane.
about-checked = Ostatnie sprawdzenie treści: { $date }.
about-update = Sprawdzamy treść ponownie, gdy NICE aktualizuje swoje wytyczne albo gdy ukaże się ważne nowe badanie.
about-funding = Nikt nie zapłacił za ten przewodnik. Żaden producent urządzeń medycznych nie brał udziału w jego pisaniu.

about-sources-title = Źródła
source-nice-htg775 = NICE. Percutaneous insertion of a catheter-based left ventricular microaxial flow pump for cardiogenic shock. Wytyczne dotyczące procedur interwencyjnych HTG775, 25 marca 2026.
source-nice-htg775-public = NICE. Informacje dla pacjentów i społeczeństwa dotyczące HTG775, 25 marca 2026.
source-nice-htg774 = NICE. Wytyczne towarzyszące HTG774: chirurgiczne wprowadzenie pompy w okolicy pachy.
source-danger = Møller JE et al. Microaxial flow pump or standard care in infarct-related cardiogenic shock (DanGer Shock). New England Journal of Medicine, 2024.
source-danger-bleeding = DanGer Shock – analiza krwawień. JACC: Cardiovascular Interventions, 2026.
source-danger-10y = DanGer Shock – obserwacja 10-letnia. Kongres Europejskiego Towarzystwa Kardiologicznego, 2025.
source-impress = Ouweneel DM et al. IMPRESS in Severe Shock. Journal of the American College of Cardiology, 2017.
source-isar = Seyfarth M et al. ISAR-SHOCK. Journal of the American College of Cardiology, 2008.
source-eclsshock = Thiele H et al. ECLS-SHOCK. New England Journal of Medicine, 2023.
source-iabp = Thiele H et al. IABP-SHOCK II. New England Journal of Medicine, 2012, oraz wyniki po 1 roku.
source-scai = Klasyfikacja stadiów wstrząsu SCAI, aktualizacja konsensusu ekspertów, 2022.
source-berg = Berg DD, Bohula EA, Morrow DA. Epidemiology and causes of cardiogenic shock. Current Opinion in Critical Care, 2021.
source-pepe = Pepe M et al. Cardiogenic shock: definitions and criteria. Shock, 2020.
source-ipdas = International Patient Decision Aid Standards (IPDAS) – międzynarodowe standardy narzędzi wspierających decyzje pacjentów.
source-bran = Choosing Wisely UK. Pytania BRAN.

about-privacy-title = Twoja prywatność
about-privacy-1 = Przewodnik działa w Twojej przeglądarce. Niczego nikomu nie wysyła. Nie używa plików cookie, narzędzi analitycznych ani czcionek czy plików z innych stron internetowych.
about-privacy-2 = Zapamiętuje kilka rzeczy, tylko na tym urządzeniu:
about-stored-locale = wybrany język
about-stored-audience = czy czytasz jako pacjent lub członek rodziny, czy jako osoba z personelu medycznego w trakcie szkolenia
about-stored-questions = Twoją listę pytań i notatki dla zespołu medycznego
about-stored-questions-unreadable = kopię zapisanej listy pytań, której nie udało się odczytać, zachowaną, żeby nic nie zginęło
about-privacy-3 = Możesz je tu usunąć w każdej chwili albo wyczyścić dane tej strony w swojej przeglądarce.

about-licence-title = Licencja
about-licence = Kod przewodnika można swobodnie wykorzystywać na licencji MIT lub Apache 2.0.
about-delete = Usuń wszystko, co zapisał ten przewodnik
about-deleted = Gotowe. Wszystko, co ten przewodnik zapisał na tym urządzeniu, zostało usunięte.
